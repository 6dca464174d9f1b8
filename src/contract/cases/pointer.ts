import { escapePointerToken } from '../../rules/index.js';

/** The tokens of a JSON pointer, unescaped. */
function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A pointer one level below `pointer`. */
export function childPointer(pointer: string, name: string): string {
  return `${pointer}/${escapePointerToken(name)}`;
}

/**
 * A deep copy of `root` with the value at `pointer` replaced (or removed, when `value` is
 * `undefined`). Missing objects on the way are created.
 *
 * @example setAtPointer({ a: { b: 1 } }, '/a/b', undefined) // { a: {} }
 */
export function setAtPointer(root: unknown, pointer: string, value: unknown): unknown {
  const tokens = splitPointer(pointer);
  if (tokens.length === 0) return value;

  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy;
  for (const token of tokens.slice(0, -1)) {
    const next = node[token];
    if (typeof next !== 'object' || next === null) node[token] = {};
    node = node[token] as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1] ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
