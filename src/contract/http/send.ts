import http from 'node:http';
import https from 'node:https';
import type { CaseRequest, CaseResponse } from '../types.js';
import { buildUrl } from './url.js';

/** The outcome of sending one request: a response, or why none came. */
export type SendResult =
  | { readonly ok: true; readonly response: CaseResponse }
  | { readonly ok: false; readonly error: string; readonly timedOut?: true };

/** Sends requests to one target; keeps connections open between requests. */
export interface HttpClient {
  send(request: CaseRequest): Promise<SendResult>;
  /** The number of requests sent so far. */
  count(): number;
  close(): void;
}

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Headers added to every request (authorisation a real backend may need). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Creates a client for one base URL over `node:http` (or `https`), so that the bytes sent are
 * exactly those a case describes.
 *
 * @example
 * const client = createHttpClient({ baseUrl: 'http://127.0.0.1:4010', timeoutMs: 5000 });
 * const result = await client.send({ method: 'GET', path: '/x', query: {}, headers: {} });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const isHttps = options.baseUrl.startsWith('https:');
  const agent = isHttps
    ? new https.Agent({ keepAlive: true, maxSockets: 8 })
    : new http.Agent({ keepAlive: true, maxSockets: 8 });
  let sent = 0;

  return {
    send(request) {
      sent += 1;
      return sendOnce(request, options, agent, isHttps);
    },
    count: () => sent,
    close: () => agent.destroy(),
  };
}

function sendOnce(
  request: CaseRequest,
  options: HttpClientOptions,
  agent: http.Agent,
  isHttps: boolean,
): Promise<SendResult> {
  const url = new URL(buildUrl(options.baseUrl, request.path, request.query));
  const headers: Record<string, string> = { ...options.headers, ...request.headers };
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  if (body !== undefined) headers['content-length'] = String(body.length);
  const started = performance.now();

  return new Promise((resolve) => {
    const send = isHttps ? https.request : http.request;
    let incoming: http.IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    const finish = () => {
      if (incoming !== undefined)
        resolve({ ok: true, response: toResponse(incoming, Buffer.concat(chunks), started) });
    };

    const outgoing = send(url, { method: request.method, headers, agent }, (message) => {
      incoming = message;
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', finish);
      // A server that answers early and closes cuts the rest: what came is still its answer.
      message.on('error', finish);
      message.on('close', finish);
    });

    let timedOut = false;
    outgoing.setTimeout(options.timeoutMs, () => {
      timedOut = true;
      outgoing.destroy(new Error(`no response within ${options.timeoutMs} ms`));
    });
    // A write that fails after the answer began (EPIPE once a 413 closed the connection) is
    // not a transport failure: the answer is judged.
    outgoing.on('error', (error) => {
      if (incoming !== undefined) return;
      const reason = describeError(error);
      resolve(
        timedOut ? { ok: false, error: reason, timedOut: true } : { ok: false, error: reason },
      );
    });
    outgoing.end(body);
  });
}

function toResponse(incoming: http.IncomingMessage, bytes: Buffer, started: number): CaseResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const text = bytes.toString('utf8');
  const json = isJsonMedia(headers['content-type']) ? parseJson(text) : undefined;
  const response = {
    status: incoming.statusCode ?? 0,
    headers,
    bytes,
    text,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
  return json === undefined ? response : { ...response, json: json.value };
}

/** Whether a media type carries JSON: `application/json` or any `+json` suffix. */
export function isJsonMedia(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || media.endsWith('+json');
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function describeError(error: Error & { code?: string }): string {
  return error.code === undefined ? error.message : `${error.code}: ${error.message}`;
}
