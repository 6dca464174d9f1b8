import { memoizeBounded } from '../common/memoize-bounded.js';

/**
 * Reads the value at a JSON pointer (RFC 6901) inside `root`; `undefined` when any step
 * is missing.
 *
 * @example resolveJsonPointer({ a: { b: 1 } }, '/a/b') // 1
 */
export function resolveJsonPointer(root: unknown, pointer: string): unknown {
  const tokens = readPointer(pointer);
  if (tokens === undefined) return undefined;

  let current: unknown = root;
  for (const key of tokens) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Pointers read into their unescaped tokens; rules resolve the same few in every request. */
const readPointer = memoizeBounded(
  (pointer: string): readonly string[] | undefined =>
    pointer === ''
      ? []
      : pointer.startsWith('/')
        ? pointer
            .slice(1)
            .split('/')
            .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
        : undefined,
  256,
);

/** Escapes one property name as a JSON pointer token. */
export function escapePointerToken(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}
