import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Sockets whose connection the door is closing: an answer on them said `Connection: close`, or
 * node's parser failed on them while an answer was owed. Nothing may follow that answer: a
 * client reads any later bytes as the answer to a request it never sent.
 */
const closing = new WeakSet<Duplex>();

/** The requests read on each socket whose answers are not finished yet. */
const pending = new WeakMap<Duplex, Set<IncomingMessage>>();

/**
 * Follows a request until its response is finished or dropped; when the last one of a closing
 * socket is done, the socket is ended (what was written on it flushed first).
 */
export function trackAnswer(request: IncomingMessage, response: ServerResponse): void {
  const socket = request.socket;
  const requests = pending.get(socket) ?? new Set();
  pending.set(socket, requests.add(request));
  response.once('close', () => {
    requests.delete(request);
    if (requests.size === 0 && closing.has(socket)) socket.end();
  });
}

/**
 * Marks the connection as closing after what was written on it: later requests are not served,
 * later parser errors are not answered, and no more is read than node has read already.
 */
export function markClosing(socket: Duplex): void {
  closing.add(socket);
  socket.pause();
}

/** Whether the connection is closing: nothing more may be written on it. */
export function isClosing(socket: Duplex): boolean {
  return closing.has(socket);
}

/**
 * Whether an answer is owed on the socket to a request read whole: what node's parser fails on
 * now came after it, and an answer written now would come before the one owed.
 */
export function isAnswerOwed(socket: Duplex): boolean {
  for (const request of pending.get(socket) ?? []) if (request.complete) return true;
  return false;
}

/** Ends the socket once the answers on their way are out; at once when there are none. */
export function endAfterAnswers(socket: Duplex): void {
  markClosing(socket);
  if ((pending.get(socket)?.size ?? 0) === 0) socket.end();
}
