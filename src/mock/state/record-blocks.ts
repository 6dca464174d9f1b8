import { createTextBytes } from './text-bytes.js';

/**
 * JSON texts appended one after another into large blocks of bytes (see `createTextBytes`),
 * each found again by the number `append` returned: a record store whose contents live outside
 * the JavaScript heap.
 * Nothing is ever removed; a new set of blocks replaces an old one as a whole.
 */
export interface RecordBlocks {
  /** Stores a JSON text with a small number beside it (the record's shape); returns its slot. */
  append(shape: number, text: string): number;
  /** The shape and the text stored in a slot. */
  read(slot: number): { readonly shape: number; readonly text: string };
}

/** The size of a block; a text larger than this gets a block of its own. */
export const BLOCK_BYTES = 1024 * 1024;

const INITIAL_SLOTS = 1024;

/**
 * Creates an empty set of blocks.
 *
 * @example
 * const blocks = createRecordBlocks();
 * const slot = blocks.append(0, '["Иванов",42]');
 * blocks.read(slot); // { shape: 0, text: '["Иванов",42]' }
 */
export function createRecordBlocks(blockBytes = BLOCK_BYTES): RecordBlocks {
  const bytes = createTextBytes();
  const blocks: Buffer[] = [];
  let current = Buffer.alloc(0);
  let used = 0;
  // Per slot: its block, where it starts, its length in bytes, its shape.
  let columns = new Uint32Array(4 * INITIAL_SLOTS);
  let count = 0;

  /** Makes room for a text, at most as many bytes as its length allows, without measuring. */
  function reserve(text: string): void {
    const most = bytes.maxBytes(text.length);
    if (used + most <= current.length) return;
    // A text larger than a block gets a block of exactly its size.
    const size = most <= blockBytes ? blockBytes : bytes.measure(text);
    current = Buffer.allocUnsafeSlow(size);
    blocks.push(current);
    used = 0;
  }

  function growColumns(): void {
    const wider = new Uint32Array(columns.length * 2);
    wider.set(columns);
    columns = wider;
  }

  return {
    append(shape, text) {
      reserve(text);
      const length = bytes.write(text, current, used);
      if (4 * (count + 1) > columns.length) growColumns();

      const at = 4 * count;
      columns[at] = blocks.length - 1;
      columns[at + 1] = used;
      columns[at + 2] = length;
      columns[at + 3] = shape;
      used += length;
      count += 1;
      return count - 1;
    },
    read(slot) {
      const at = 4 * slot;
      const block = blocks[columns[at] ?? 0];
      const start = columns[at + 1] ?? 0;
      const end = start + (columns[at + 2] ?? 0);
      if (block === undefined || slot >= count) throw new RangeError(`no record in slot ${slot}`);
      return { shape: columns[at + 3] ?? 0, text: bytes.read(block, start, end) };
    },
  };
}
