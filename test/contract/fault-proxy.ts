import http from 'node:http';
import { type ListeningServer, listenOnLoopback } from './listen.js';

/** A request as the proxy forwards it; a fault may change any part. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/status/credit?creditid=1`. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A response as the proxy returns it; a fault may change any part. */
export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One defect planted between the runner and a correct implementation. */
export interface Fault {
  /** Changes the request before it reaches the target; may answer by itself instead. */
  request?(
    request: ProxiedRequest,
  ): Promise<ProxiedResponse | undefined> | ProxiedResponse | undefined;
  /** Changes the target's response; `request` is the request as it was received. */
  response?(response: ProxiedResponse, request: ProxiedRequest): void;
}

export type FaultProxy = ListeningServer;

/**
 * A small `node:http` proxy on 127.0.0.1 and a free port, in front of `targetUrl`, that plants
 * one fault. Bodies are handled as UTF-8 text, which is all the MicroF1 JSON and forms need; a
 * binary body (a PDF) passes through untouched.
 */
export async function startFaultProxy(targetUrl: string, fault: Fault): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const server = http.createServer(async (incoming, outgoing) => {
    const raw = await readAll(incoming);
    const request: ProxiedRequest = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      headers: flattenHeaders(incoming.headers),
      body: raw.toString('utf8'),
    };
    const received = { ...request, headers: { ...request.headers } };

    const early = await fault.request?.(request);
    if (early !== undefined) return send(outgoing, early, undefined);

    const upstream = await forward(target, request, raw, received.body !== request.body);
    const isText = !/pdf|octet/.test(upstream.headers['content-type'] ?? '');
    const response = {
      status: upstream.status,
      headers: upstream.headers,
      body: upstream.bytes.toString('utf8'),
    };
    if (isText) fault.response?.(response, received);
    send(outgoing, response, isText ? undefined : upstream.bytes);
  });

  return listenOnLoopback(server);
}

async function forward(target: URL, request: ProxiedRequest, raw: Buffer, changed: boolean) {
  const body = changed ? Buffer.from(request.body, 'utf8') : raw;
  const headers = { ...request.headers, host: target.host, 'content-length': String(body.length) };
  return new Promise<{ status: number; headers: Record<string, string>; bytes: Buffer }>(
    (resolve, reject) => {
      const outgoing = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers,
        },
        async (incoming) => {
          const bytes = await readAll(incoming);
          resolve({
            status: incoming.statusCode ?? 502,
            headers: flattenHeaders(incoming.headers),
            bytes,
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    },
  );
}

function send(
  outgoing: http.ServerResponse,
  response: ProxiedResponse,
  bytes: Buffer | undefined,
): void {
  const body = bytes ?? Buffer.from(response.body, 'utf8');
  const headers: Record<string, string> = {
    ...response.headers,
    'content-length': String(body.length),
  };
  delete headers['transfer-encoding'];
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', () => resolve(Buffer.concat(chunks)));
  });
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
