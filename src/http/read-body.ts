import type { IncomingMessage } from 'node:http';

/** A request body as read: at most `limit + 1` bytes, and whether reading stopped early. */
export interface ReadBody {
  readonly body: Uint8Array;
  /** True when the body was over the limit and the rest was left unread. */
  readonly truncated: boolean;
  /** True when the client went away before its body ended: there is no one to answer. */
  readonly aborted?: boolean;
}

const EMPTY = new Uint8Array(0);
const NO_BODY: ReadBody = { body: EMPTY, truncated: false };

/**
 * Reads a request body up to a limit. A body announced larger is not read at all; one that turns
 * out larger stops being read one byte past the limit, so that the core sees it is too large
 * without the server buffering the rest. The caller must then close the connection. Known at
 * once (no promise) when there is nothing to read.
 */
export function readBody(request: IncomingMessage, limit: number): ReadBody | Promise<ReadBody> {
  const length = request.headers['content-length'];
  // No length and no chunks: HTTP/1.1 says there is no body, and node discards the stream.
  if (length === undefined && request.headers['transfer-encoding'] === undefined) return NO_BODY;
  if (Number(length ?? 0) > limit) return { body: EMPTY, truncated: true };

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;

    function finish(truncated: boolean, aborted = false): void {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onError);
      const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      resolve({ body: chunks.length === 0 ? EMPTY : body, truncated, aborted });
    }
    function onData(chunk: Buffer): void {
      const room = limit + 1 - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      if (size > limit) {
        request.pause();
        finish(true);
      }
    }
    function onEnd(): void {
      finish(false);
    }
    function onError(): void {
      finish(true, true);
    }

    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    // A client gone before the end of its body: nothing it sent is acted on.
    request.on('close', onError);
  });
}
