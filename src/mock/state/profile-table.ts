import type { ProfileRecord } from './records.js';
import { createRecordBlocks, type RecordBlocks } from './record-blocks.js';

/**
 * The stored profiles by their key field, with the part of the `Map` interface the domain uses.
 * Records go in and come out as plain objects; what is kept in between is compact (see
 * `createProfileTable`), so every `get` returns a fresh copy.
 */
export interface ProfileTable {
  readonly size: number;
  has(key: string): boolean;
  get(key: string): ProfileRecord | undefined;
  /** Stores a record under a key; a key already present keeps its place in the order. */
  set(key: string, record: ProfileRecord): void;
  /** Every record, in the order their keys were first stored. */
  values(): IterableIterator<ProfileRecord>;
  clear(): void;
}

/**
 * Creates an empty profile table. A record is kept as the UTF-8 JSON of its values, in blocks
 * of bytes outside the JavaScript heap, and its property names once per distinct list of
 * names. A profile then costs its bytes and one map entry, not an object of twenty properties
 * and twenty strings that every garbage collection would trace and that would keep the heap
 * large once grown.
 *
 * @example
 * const profiles = createProfileTable();
 * profiles.set('7707083893', { userid: 1, inn: '7707083893' });
 * profiles.get('7707083893'); // { userid: 1, inn: '7707083893' }
 */
export function createProfileTable(): ProfileTable {
  const slots = new Map<string, number>();
  let blocks: RecordBlocks = createRecordBlocks();
  const shapeIds = new Map<string, number>();
  const shapes: (readonly string[])[] = [];

  let lastShape = -1;

  function shapeOf(keys: readonly string[]): number {
    // Records come one after another with the same keys: compare with the last shape first.
    if (lastShape >= 0 && isSameList(shapes[lastShape] ?? [], keys)) return lastShape;
    const name = keys.join('\u0000');
    let id = shapeIds.get(name);
    if (id === undefined) {
      id = shapes.push(keys) - 1;
      shapeIds.set(name, id);
    }
    lastShape = id;
    return id;
  }

  function encode(record: ProfileRecord): { shape: number; text: string } {
    const keys: string[] = [];
    const values: unknown[] = [];
    for (const key in record) {
      const value = record[key];
      if (value === undefined) continue;
      keys.push(key);
      values.push(value);
    }
    return { shape: shapeOf(keys), text: JSON.stringify(values) };
  }

  function decode(slot: number): ProfileRecord {
    const { shape, text } = blocks.read(slot);
    const keys = shapes[shape] ?? [];
    const values = JSON.parse(text) as unknown[];
    const record: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index += 1) {
      record[keys[index] as string] = values[index];
    }
    return record;
  }

  function* iterate(): IterableIterator<ProfileRecord> {
    for (const slot of slots.values()) yield decode(slot);
  }

  return {
    get size() {
      return slots.size;
    },
    has: (key) => slots.has(key),
    get(key) {
      const slot = slots.get(key);
      return slot === undefined ? undefined : decode(slot);
    },
    set(key, record) {
      const { shape, text } = encode(record);
      slots.set(key, blocks.append(shape, text));
    },
    values: iterate,
    clear() {
      slots.clear();
      blocks = createRecordBlocks();
    },
  };
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return false;
  }
  return true;
}
