import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Sockets whose connection the door is closing: an answer on them said `Connection: close`, or
 * node's parser failed on them while an answer was owed. Nothing may follow that answer: a
 * client reads any later bytes as the answer to a request it never sent.
 */
const closing = new WeakSet<Duplex>();

/**
 * Per socket: how many requests read on it have answers not finished yet, and the latest of
 * them (only the latest can still be reading its body). One record per connection, kept across
 * its requests, so that following an answer allocates nothing.
 */
interface PendingAnswers {
  count: number;
  latest: IncomingMessage;
}

const pending = new WeakMap<Duplex, PendingAnswers>();

/**
 * Follows a request until its response is finished or dropped; when the last one of a closing
 * socket is done, the socket is ended (what was written on it flushed first).
 */
export function trackAnswer(request: IncomingMessage, response: ServerResponse): void {
  const answers = pending.get(request.socket);
  if (answers === undefined) pending.set(request.socket, { count: 1, latest: request });
  else {
    answers.count += 1;
    answers.latest = request;
  }
  // `on`, not `once`: a response closes once, and `once` would wrap the listener each time.
  response.on('close', settleAnswer);
}

/** A response's `close` listener, one function for all of them: its answer is done. */
function settleAnswer(this: ServerResponse): void {
  const socket = this.req.socket;
  const answers = pending.get(socket);
  if (answers === undefined) return;
  answers.count -= 1;
  if (answers.count === 0 && closing.has(socket)) socket.end();
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
  const answers = pending.get(socket);
  if (answers === undefined || answers.count === 0) return false;
  // Every pending request but the latest was read whole; the latest may be the one failing.
  return answers.count > 1 || answers.latest.complete;
}

/** Ends the socket once the answers on their way are out; at once when there are none. */
export function endAfterAnswers(socket: Duplex): void {
  markClosing(socket);
  if ((pending.get(socket)?.count ?? 0) === 0) socket.end();
}
