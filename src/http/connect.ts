import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MockCore } from '../mock/core/index.js';
import { describeUnreadHead, toMockRequest } from './describe-head.js';
import { writeRawResponse } from './raw-response.js';

/**
 * A `connect` listener for a `node:http` server. node hands a CONNECT to this event instead of
 * the request listener, and drops the connection without a byte when nobody listens. The mock
 * opens no tunnel: the core answers CONNECT as any method it does not serve, by the request
 * target (405 with `Allow` on a documented path; 404 elsewhere, an authority such as
 * `127.0.0.1:22` included). The connection is then closed: the client may be waiting to tunnel.
 *
 * @example
 * server.on('connect', createConnectListener(core));
 */
export function createConnectListener(
  core: MockCore,
): (request: IncomingMessage, socket: Duplex) => void {
  return (request, socket) => {
    // node no longer watches this socket: a client gone must not become an uncaught error.
    socket.on('error', () => socket.destroy());
    // Whatever follows the head is meant for the tunnel, not a body: it is read and dropped, so
    // that the client's end of the connection is seen and the socket closes.
    socket.resume();

    const head = toMockRequest(request, new Uint8Array(0));
    const unread = describeUnreadHead(request);
    const answered = unread === undefined ? core.respond(head) : core.refuse(unread, head);
    if (answered instanceof Promise) {
      answered.then(
        (settled) => writeRawResponse(socket, settled),
        () => socket.destroy(),
      );
      return;
    }
    writeRawResponse(socket, answered);
  };
}
