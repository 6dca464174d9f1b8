import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MockResponse } from '../mock/types.js';

/**
 * Writes a core response straight onto a socket that node's HTTP server no longer writes to (a
 * request its parser refused, a CONNECT), and closes the connection after it.
 *
 * @example
 * writeRawResponse(socket, core.refuse({ kind: 'invalid-framing' }));
 */
export function writeRawResponse(socket: Duplex, answer: MockResponse): void {
  const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}`];
  for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
  head.push('connection: close', '', '');
  socket.end(Buffer.concat([Buffer.from(head.join('\r\n')), answer.body]));
}
