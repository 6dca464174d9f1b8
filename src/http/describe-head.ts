import type { IncomingMessage } from 'node:http';
import type { MockRequest } from '../mock/types.js';
import type { UnreadRequest } from '../mock/core/index.js';

/**
 * What in a request's head keeps a door from handing the request to the core whole, found
 * before the body is read; undefined when nothing does.
 *
 * @example
 * describeUnreadHead(request); // { kind: 'unsupported-transfer-coding', coding: 'gzip' }
 */
export function describeUnreadHead(request: IncomingMessage): UnreadRequest | undefined {
  // node is told not to refuse this itself (its answer would be bare); the core answers it.
  if (request.headers.host === undefined && request.httpVersion === '1.1') {
    return { kind: 'missing-host' };
  }
  const coding = findUnsupportedTransferCoding(request.headers['transfer-encoding']);
  if (coding !== undefined) return { kind: 'unsupported-transfer-coding', coding };
  return undefined;
}

/**
 * The first transfer coding other than chunked. node's parser takes off the chunked framing
 * (which must come last, or it refuses the request) and passes the bytes of any other coding
 * through, so a gzipped body would be read as text. `identity` changes nothing and is let pass.
 */
function findUnsupportedTransferCoding(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(',')) {
    const coding = (part.split(';', 1)[0] ?? '').trim();
    const name = coding.toLowerCase();
    if (name !== '' && name !== 'chunked' && name !== 'identity') return coding;
  }
  return undefined;
}

/** A node request's head as the core reads it, with the body's bytes. */
export function toMockRequest(request: IncomingMessage, body: Uint8Array): MockRequest {
  return {
    method: request.method ?? 'GET',
    url: request.url ?? '/',
    headers: request.headers as Record<string, string | undefined>,
    body,
  };
}
