import type { Reply } from './reply.js';

/**
 * Remembers replies that passed the response check, so that the same answer (a status read again
 * and again) is not validated again: by their text, and by the identity of the JSON value a
 * handler answered with, in which case the serialised reply itself is kept and given back.
 * Forgotten when the day of the clock changes, since date rules may read it.
 */
export interface CheckCache {
  has(key: string): boolean;
  add(key: string): void;
  /**
   * The serialised reply kept for a reply of this very JSON value, status and media type, when it
   * passed today as the operation's answer. Handlers that give back the same frozen value while
   * nothing changes get their answer reused whole.
   */
  recall(reply: Reply, operationId: string | undefined): Reply | undefined;
  /**
   * Keeps the serialised form of a reply whose JSON value is a frozen object or array, and
   * freezes it: a frozen reply is one the core may meet again and write the same way.
   */
  keep(reply: Reply, operationId: string | undefined, serialised: Reply): void;
}

/** How many checked texts are remembered before the cache starts over. */
const DEFAULT_LIMIT = 4096;

interface KeptReply {
  readonly reply: Reply;
  readonly operationId: string | undefined;
  readonly day: string;
}

/**
 * Creates a cache of checked replies. Texts are bounded by `limit`; values are held weakly, for
 * as long as their handler keeps them.
 *
 * @example
 * const cache = createCheckCache(() => state.today());
 * if (!cache.has(key)) { check(); cache.add(key); }
 */
export function createCheckCache(today: () => string, limit = DEFAULT_LIMIT): CheckCache {
  let passed = new Set<string>();
  let day = today();
  const kept = new WeakMap<object, KeptReply>();

  function refresh(): void {
    const current = today();
    if (current !== day || passed.size >= limit) {
      passed = new Set();
      day = current;
    }
  }

  return {
    has(key) {
      refresh();
      return passed.has(key);
    },
    add(key) {
      refresh();
      passed.add(key);
    },
    recall(reply, operationId) {
      if (!isFrozenObject(reply.json)) return undefined;
      const entry = kept.get(reply.json);
      if (entry === undefined || entry.operationId !== operationId) return undefined;
      const { status, contentType } = entry.reply;
      if (status !== reply.status || contentType !== reply.contentType) return undefined;
      return entry.day === today() ? entry.reply : undefined;
    },
    keep(reply, operationId, serialised) {
      if (!isFrozenObject(reply.json)) return;
      kept.set(reply.json, { reply: Object.freeze(serialised), operationId, day: today() });
    },
  };
}

/** Only a frozen value can be trusted to serialise the same way the next time it is seen. */
function isFrozenObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.isFrozen(value);
}
