/**
 * Remembers replies that passed the response check, by their text, so that the same answer
 * (a status read again and again) is not validated again. Bounded; forgotten when the day of the
 * clock changes, since date rules may read it.
 */
export interface CheckCache {
  has(key: string): boolean;
  add(key: string): void;
}

/** How many checked replies are remembered before the cache starts over. */
const DEFAULT_LIMIT = 4096;

/**
 * Creates a cache of checked replies.
 *
 * @example
 * const cache = createCheckCache(() => state.today());
 * if (!cache.has(key)) { check(); cache.add(key); }
 */
export function createCheckCache(today: () => string, limit = DEFAULT_LIMIT): CheckCache {
  let passed = new Set<string>();
  let day = today();

  function refresh(): void {
    const current = today();
    if (current !== day || passed.size >= limit) {
      passed = new Set();
      day = current;
    }
  }

  return {
    has: (key) => passed.has(key),
    add(key) {
      refresh();
      passed.add(key);
    },
  };
}
