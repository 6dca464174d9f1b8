import type { Duplex } from 'node:stream';
import type { MockCore, UnreadRequest } from '../mock/core/index.js';
import { endAfterAnswers, isAnswerOwed, isClosing } from './closing-sockets.js';
import { writeRawResponse } from './raw-response.js';

/** What node's HTTP parser reports, by the error's code, as the core names it. */
const PARSER_ERRORS: Readonly<Record<string, UnreadRequest['kind']>> = {
  HPE_INVALID_METHOD: 'unknown-method',
  HPE_INVALID_CHUNK_SIZE: 'invalid-framing',
  HPE_INVALID_CONTENT_LENGTH: 'invalid-framing',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'invalid-framing',
  HPE_INVALID_TRANSFER_ENCODING: 'invalid-framing',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'invalid-framing',
  ERR_HTTP_REQUEST_TIMEOUT: 'timeout',
};

/**
 * A `clientError` listener for a `node:http` server: a request node's parser refuses (an unknown
 * method, a bad chunk size, Content-Length with Transfer-Encoding, headers over the limit) gets
 * the core's `application/problem+json` answer instead of node's bare one, and the connection
 * is closed. After an answer that closed the connection, or while one is owed to an earlier
 * request, nothing is written: the connection is closed once that answer is out.
 *
 * @example
 * server.on('clientError', createClientErrorListener(core, MAX_HEADER_BYTES));
 */
export function createClientErrorListener(
  core: MockCore,
  headerLimitBytes: number,
): (error: Error & { code?: string }, socket: Duplex) => void {
  return (error, socket) => {
    // A client gone: nothing can be written.
    if (error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    // After an answer that closes the connection, or before one owed to an earlier request, the
    // client would read this answer as the answer to another request.
    if (isClosing(socket) || isAnswerOwed(socket)) {
      endAfterAnswers(socket);
      return;
    }
    // node's own answer already on its way: nothing can be written.
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const unread = describeParserError(error.code, headerLimitBytes);
    writeRawResponse(socket, core.refuse(unread));
  };
}

function describeParserError(code: string | undefined, headerLimitBytes: number): UnreadRequest {
  if (code === 'HPE_HEADER_OVERFLOW')
    return { kind: 'headers-too-large', limitBytes: headerLimitBytes };
  const kind = PARSER_ERRORS[code ?? ''] ?? 'unparsable-head';
  return { kind } as UnreadRequest;
}
