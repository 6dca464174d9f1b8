import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockCore } from '../mock/core/index.js';
import type { MockResponse } from '../mock/types.js';
import { checkHost } from './check-server-options.js';
import { createClientErrorListener } from './client-error.js';
import { isClosing, markClosing, trackAnswer } from './closing-sockets.js';
import { createConnectListener } from './connect.js';
import { describeUnreadHead, toMockRequest } from './describe-head.js';
import { type ReadBody, readBody } from './read-body.js';

/** The largest request head node accepts before the core sees it; the core refuses long values. */
export const MAX_HEADER_BYTES = 256 * 1024;

/**
 * A `node:http` request listener that hands every request to the core and writes back what it
 * answers. It holds no logic of its own beyond carrying bytes.
 *
 * @example
 * const server = http.createServer(createRequestListener(core));
 */
export function createRequestListener(
  core: MockCore,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    // A request read after an answer that closes the connection: its client reads nothing more.
    if (isClosing(request.socket)) return;
    trackAnswer(request, response);
    try {
      serve(core, request, response)?.catch(() => failSafe(response));
    } catch {
      failSafe(response);
    }
  };
}

/** The core never throws; this guards the socket against a fault in the door itself. */
function failSafe(response: ServerResponse): void {
  if (!response.headersSent) response.writeHead(500, { connection: 'close' });
  if (response.socket !== null) markClosing(response.socket);
  response.end();
}

/**
 * Serves one request: reads the body (bounded), asks the core, writes the answer. A body left
 * partly unread closes the connection after the answer. Returns a promise only when it has to
 * wait (for the body, or for a handler that does not answer at once).
 */
export function serve(
  core: MockCore,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> | undefined {
  // A head refused before any body is read (no Host, a coded transfer); the connection closes.
  const unread = describeUnreadHead(request);
  if (unread !== undefined) {
    writeResponse(response, core.refuse(unread, toMockRequest(request, new Uint8Array())), true);
    return undefined;
  }
  const read = readBody(request, core.bodyLimitBytes);
  if (read instanceof Promise) return read.then((body) => answer(core, request, response, body));
  return answer(core, request, response, read);
}

function answer(
  core: MockCore,
  request: IncomingMessage,
  response: ServerResponse,
  { body, truncated, aborted }: ReadBody,
): Promise<void> | undefined {
  if (aborted === true) {
    response.destroy();
    return undefined;
  }
  const answered = core.respond(toMockRequest(request, body));
  if (answered instanceof Promise) {
    return answered.then((settled) => writeResponse(response, settled, truncated));
  }
  writeResponse(response, answered, truncated);
  return undefined;
}

/**
 * Writes a core response to a node response. With `close`, the connection closes after it and
 * nothing more is read or written on it.
 */
export function writeResponse(response: ServerResponse, answer: MockResponse, close = false): void {
  const headers = close ? { ...answer.headers, connection: 'close' } : answer.headers;
  if (close && response.socket !== null) markClosing(response.socket);
  response.writeHead(answer.status, headers);
  response.end(answer.body);
}

/** A started server and how to reach and stop it. */
export interface StartedServer {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the core with `node:http` on a host and port (port 0 picks a free one). Requests node's
 * parser refuses, and CONNECT (which node keeps from the request listener), are answered by the
 * core too. Resolves once listening; rejects with the listen error (for example `EADDRINUSE`), or
 * at once for an empty host (node would listen on every network interface).
 */
export function startNodeServer(
  core: MockCore,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<StartedServer> {
  const host = options.host ?? '127.0.0.1';
  const hostProblem = checkHost(host, 'host');
  if (hostProblem !== undefined) return Promise.reject(new RangeError(hostProblem));
  const listener = createRequestListener(core);
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, requireHostHeader: false },
    listener,
  );
  server.on('clientError', createClientErrorListener(core, MAX_HEADER_BYTES));
  server.on('connect', createConnectListener(core));
  // An expectation other than 100-continue: node alone would answer a bare 417. HTTP lets a
  // server ignore expectations it does not know (RFC 9110, 10.1.1); the request is served.
  server.on('checkExpectation', listener);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        host,
        port,
        url: `http://${shownHost}:${port}`,
        close: () => closeServer(server),
      });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
