import { createKeyIndex, type KeyIndex } from './key-index.js';
import type { ProfileRecord } from './records.js';
import { decodeValues, encodeValues } from './value-bytes.js';
import { createRecordBlocks, type RecordBlocks } from './record-blocks.js';
import {
  joinRecord,
  nameShape,
  type RecordShape,
  readValues,
  splitRecord,
} from './record-shape.js';

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
 * Creates an empty profile table. A record is kept as the compact bytes of its values (see
 * `encodeValues`) in blocks outside the JavaScript heap, and its layout (keys, nesting) once per
 * distinct layout; the keys are found through a hash index in typed arrays. A profile then costs
 * a few hundred bytes and nothing on the heap, not an object of twenty properties, twenty strings
 * and a map entry that every garbage collection would trace and that would keep the heap large
 * once grown.
 *
 * @example
 * const profiles = createProfileTable();
 * profiles.set('7707083893', { userid: 1, inn: '7707083893' });
 * profiles.get('7707083893'); // { userid: 1, inn: '7707083893' }
 */
export function createProfileTable(): ProfileTable {
  let index: KeyIndex = createKeyIndex();
  let blocks: RecordBlocks = createRecordBlocks();
  // Per key number: the slot of its record in the blocks.
  let slots = new Uint32Array(1024);
  const shapeIds = new Map<string, number>();
  const shapes: RecordShape[] = [];
  let lastShape = -1;

  function findShape(shape: RecordShape): number {
    const name = nameShape(shape);
    let id = shapeIds.get(name);
    if (id === undefined) {
      id = shapes.push(shape) - 1;
      shapeIds.set(name, id);
    }
    return id;
  }

  function store(record: ProfileRecord): number {
    // Records come one after another with the same layout: try the last one first.
    const last = shapes[lastShape];
    const values = last === undefined ? undefined : readValues(record, last);
    if (values !== undefined) return blocks.append(lastShape, encodeValues(values));

    const split = splitRecord(record);
    lastShape = findShape(split.shape);
    return blocks.append(lastShape, encodeValues(split.values));
  }

  function load(slot: number): ProfileRecord {
    const { shape, bytes } = blocks.read(slot);
    return joinRecord(shapes[shape] as RecordShape, decodeValues(bytes));
  }

  function* iterate(): IterableIterator<ProfileRecord> {
    for (let number = 0; number < index.size; number += 1) yield load(slots[number] ?? 0);
  }

  return {
    get size() {
      return index.size;
    },
    has: (key) => index.find(key) >= 0,
    get(key) {
      const number = index.find(key);
      return number < 0 ? undefined : load(slots[number] ?? 0);
    },
    set(key, record) {
      const slot = store(record);
      const number = index.add(key);
      if (number >= slots.length) {
        const longer = new Uint32Array(2 * slots.length);
        longer.set(slots);
        slots = longer;
      }
      slots[number] = slot;
    },
    values: iterate,
    clear() {
      index = createKeyIndex();
      blocks = createRecordBlocks();
    },
  };
}
