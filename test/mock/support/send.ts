import { request } from 'node:http';
import type { MockServer } from '../../../src/http/mock-server.js';
import { checkAgainstSpec } from './spec-oracle.js';

/** A response as the tests read it. */
export interface Received {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly raw: Buffer;
  readonly text: string;
  /** The parsed JSON body, undefined when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: the tests read answers of many shapes
  readonly json: any;
}

export interface SendOptions {
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /** Send the body in chunks without a `Content-Length`. */
  readonly chunked?: boolean;
  /** Skip the check of the answer against the spec (only for answers outside it, e.g. 204). */
  readonly unchecked?: boolean;
}

/**
 * Sends one request over real HTTP (a fresh connection each time) and checks the answer
 * against the spec: its status documented, its media type and body as the spec says.
 */
export function send(
  mock: MockServer,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Received> {
  const url = new URL(path, mock.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method, headers: { connection: 'close', ...options.headers }, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const raw = Buffer.concat(chunks);
          const received = toReceived(incoming.statusCode ?? 0, incoming.headers, raw);
          if (options.unchecked !== true) checkAgainstSpec(mock, method, path, received);
          resolve(received);
        });
      },
    );
    outgoing.on('error', reject);
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    if (options.chunked === true && body !== undefined) {
      for (let at = 0; at < body.length; at += 64 * 1024) {
        outgoing.write(body.subarray(at, at + 64 * 1024));
      }
      outgoing.end();
    } else {
      outgoing.end(body);
    }
  });
}

/** Sends a JSON body. */
export function sendJson(
  mock: MockServer,
  method: string,
  path: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<Received> {
  return send(mock, method, path, {
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function toReceived(status: number, headers: Received['headers'], raw: Buffer): Received {
  const text = raw.toString('utf8');
  const isJson = /json/.test(String(headers['content-type']));
  return { status, headers, raw, text, json: isJson && text !== '' ? JSON.parse(text) : undefined };
}
