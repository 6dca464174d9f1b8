/**
 * A record taken apart into its layout (the shape: keys, nesting, repeats) and the list of its
 * values, and put together again. Records of one kind share one shape, so the keys are kept
 * once, not in every record; a long text repeated within a record (the actual address copied
 * from the registration address) is kept once too.
 */
export interface RecordShape {
  /** Every key in order, those of nested objects after their parent's key. */
  readonly keys: readonly string[];
  /** How deep each key stands: 0 for the record's own keys. */
  readonly depths: readonly number[];
  /** What each key holds: `LEAF`, `OBJECT` (its keys follow), or the value index it repeats. */
  readonly kinds: readonly number[];
}

/** The key holds the next value of the list. */
export const LEAF = -1;
/** The key holds an object whose keys follow, one level deeper. */
export const OBJECT = -2;

/** Texts at least this long are kept once when they appear again in the same record. */
const MIN_REPEATED_LENGTH = 16;

/**
 * Takes a record apart. Plain objects are followed into; arrays and everything else are values.
 * Keys whose value is undefined are left out, as JSON leaves them out.
 *
 * @example
 * splitRecord({ a: 1, b: { c: 'x' } });
 * // { shape: { keys: ['a', 'b', 'c'], depths: [0, 0, 1], kinds: [-1, -2, -1] }, values: [1, 'x'] }
 */
export function splitRecord(record: Readonly<Record<string, unknown>>): {
  shape: RecordShape;
  values: unknown[];
} {
  const shape = { keys: [] as string[], depths: [] as number[], kinds: [] as number[] };
  const values: unknown[] = [];
  const texts: number[] = [];

  function visit(node: Readonly<Record<string, unknown>>, depth: number): void {
    for (const key in node) {
      const value = node[key];
      if (value === undefined) continue;
      shape.keys.push(key);
      shape.depths.push(depth);
      if (isPlainObject(value)) {
        shape.kinds.push(OBJECT);
        visit(value, depth + 1);
      } else {
        shape.kinds.push(findRepeat(value) ?? LEAF);
        if (shape.kinds.at(-1) === LEAF) values.push(value);
      }
    }
  }

  /** The index of an earlier long text equal to this value, if any. */
  function findRepeat(value: unknown): number | undefined {
    if (typeof value !== 'string' || value.length < MIN_REPEATED_LENGTH) return undefined;
    const earlier = texts.find((index) => values[index] === value);
    if (earlier === undefined) texts.push(values.length);
    return earlier;
  }

  visit(record, 0);
  return { shape, values };
}

/**
 * The values of a record that has exactly the given shape (as `splitRecord` would find it), or
 * undefined when its layout differs. Cheaper than taking it apart anew: records of one kind come
 * one after another with the same layout.
 */
export function readValues(
  record: Readonly<Record<string, unknown>>,
  shape: RecordShape,
): unknown[] | undefined {
  const values: unknown[] = [];
  const texts: number[] = [];
  let at = 0;

  function visit(node: Readonly<Record<string, unknown>>, depth: number): boolean {
    for (const key in node) {
      const value = node[key];
      if (value === undefined) continue;
      if (shape.keys[at] !== key || shape.depths[at] !== depth) return false;
      const kind = shape.kinds[at];
      at += 1;
      if (isPlainObject(value)) {
        if (kind !== OBJECT || !visit(value, depth + 1)) return false;
        continue;
      }
      const repeat = findRepeat(value);
      if (kind !== (repeat ?? LEAF)) return false;
      if (repeat === undefined) values.push(value);
    }
    return true;
  }

  function findRepeat(value: unknown): number | undefined {
    if (typeof value !== 'string' || value.length < MIN_REPEATED_LENGTH) return undefined;
    const earlier = texts.find((index) => values[index] === value);
    if (earlier === undefined) texts.push(values.length);
    return earlier;
  }

  return visit(record, 0) && at === shape.keys.length ? values : undefined;
}

/** Puts a record together again from its shape and its values. */
export function joinRecord(
  shape: RecordShape,
  values: readonly unknown[],
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const parents = [root];
  let next = 0;
  for (let index = 0; index < shape.keys.length; index += 1) {
    const key = shape.keys[index] as string;
    const depth = shape.depths[index] ?? 0;
    const kind = shape.kinds[index] ?? LEAF;
    const parent = parents[depth] as Record<string, unknown>;

    let value: unknown;
    if (kind === OBJECT) {
      value = {};
      parents[depth + 1] = value as Record<string, unknown>;
    } else {
      value = kind === LEAF ? values[next++] : values[kind];
    }
    // A key named __proto__ is an own property in JSON; assigning it would set the prototype.
    if (key === '__proto__') {
      Object.defineProperty(parent, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      parent[key] = value;
    }
  }
  return root;
}

/** A text naming a shape, equal for equal shapes. */
export function nameShape(shape: RecordShape): string {
  return JSON.stringify([shape.keys, shape.depths, shape.kinds]);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
