import { createRecordBlocks } from './record-blocks.js';
import { decodeValues, encodeValues } from './value-bytes.js';

/**
 * Text keys numbered 0, 1, 2… in the order they were first added, found again by an
 * open-addressing hash table in typed arrays. The keys themselves are kept as bytes outside the
 * JavaScript heap, so that a hundred thousand keys are not a hundred thousand strings and map
 * entries for the garbage collector to trace.
 */
export interface KeyIndex {
  readonly size: number;
  /** The number of a key, or -1 when it was never added. */
  find(key: string): number;
  /** Adds a key when absent; returns its number either way. */
  add(key: string): number;
}

const INITIAL_CAPACITY = 1024;

/**
 * Creates an empty key index.
 *
 * @example
 * const index = createKeyIndex();
 * index.add('7707083893'); // 0
 * index.find('7707083893'); // 0
 * index.find('500100732259'); // -1
 */
export function createKeyIndex(): KeyIndex {
  const keys = createRecordBlocks(64 * 1024);
  // Per key number: its hash. Per table cell: the key number plus one, or 0 when empty.
  let hashes = new Uint32Array(INITIAL_CAPACITY / 2);
  let table = new Uint32Array(INITIAL_CAPACITY);
  let size = 0;

  /** The cell holding the key, or the empty cell where it would go. */
  function locate(key: string, hash: number): number {
    const mask = table.length - 1;
    for (let cell = hash & mask; ; cell = (cell + 1) & mask) {
      const entry = table[cell] ?? 0;
      if (entry === 0) return cell;
      const number = entry - 1;
      if (hashes[number] === hash && decodeValues(keys.read(number).bytes)[0] === key) return cell;
    }
  }

  function grow(): void {
    const wider = new Uint32Array(table.length * 2);
    const mask = wider.length - 1;
    for (let number = 0; number < size; number += 1) {
      let cell = (hashes[number] ?? 0) & mask;
      while (wider[cell] !== 0) cell = (cell + 1) & mask;
      wider[cell] = number + 1;
    }
    table = wider;
    const longer = new Uint32Array(table.length / 2);
    longer.set(hashes);
    hashes = longer;
  }

  return {
    get size() {
      return size;
    },
    find(key) {
      const entry = table[locate(key, hashText(key))] ?? 0;
      return entry - 1;
    },
    add(key) {
      const hash = hashText(key);
      const cell = locate(key, hash);
      const entry = table[cell] ?? 0;
      if (entry !== 0) return entry - 1;

      const number = keys.append(0, encodeValues([key]));
      hashes[number] = hash;
      table[cell] = number + 1;
      size += 1;
      // At most half the cells in use, so that probes stay short.
      if (2 * size >= table.length) grow();
      return number;
    },
  };
}

/** FNV-1a over the UTF-16 units of a text. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}
