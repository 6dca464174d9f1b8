/**
 * Records of bytes appended one after another into large blocks, each found again by the number
 * `append` returned: a record store whose contents live outside the JavaScript heap. Nothing is
 * ever removed; a new set of blocks replaces an old one as a whole.
 */
export interface RecordBlocks {
  /** Stores a copy of bytes with a small number beside it (its shape); returns its slot. */
  append(shape: number, bytes: Uint8Array): number;
  /** The shape and the bytes stored in a slot (a view, not a copy). */
  read(slot: number): { readonly shape: number; readonly bytes: Uint8Array };
}

/** The size of a block; a record larger than this gets a block of its own. */
export const BLOCK_BYTES = 1024 * 1024;

const INITIAL_SLOTS = 1024;

/**
 * Creates an empty set of blocks.
 *
 * @example
 * const blocks = createRecordBlocks();
 * const slot = blocks.append(0, Uint8Array.of(1, 2, 3));
 * blocks.read(slot); // { shape: 0, bytes: Uint8Array [1, 2, 3] }
 */
export function createRecordBlocks(blockBytes = BLOCK_BYTES): RecordBlocks {
  const blocks: Uint8Array[] = [];
  let current = new Uint8Array(0);
  let used = 0;
  // Per slot: its block, where it starts, its length in bytes, its shape.
  let columns = new Uint32Array(4 * INITIAL_SLOTS);
  let count = 0;

  function reserve(length: number): void {
    if (used + length <= current.length) return;
    current = new Uint8Array(Math.max(blockBytes, length));
    blocks.push(current);
    used = 0;
  }

  function growColumns(): void {
    const wider = new Uint32Array(columns.length * 2);
    wider.set(columns);
    columns = wider;
  }

  return {
    append(shape, bytes) {
      reserve(Math.max(bytes.length, 1));
      current.set(bytes, used);
      if (4 * (count + 1) > columns.length) growColumns();

      const at = 4 * count;
      columns[at] = blocks.length - 1;
      columns[at + 1] = used;
      columns[at + 2] = bytes.length;
      columns[at + 3] = shape;
      used += bytes.length;
      count += 1;
      return count - 1;
    },
    read(slot) {
      const at = 4 * slot;
      const block = blocks[columns[at] ?? 0];
      const start = columns[at + 1] ?? 0;
      const end = start + (columns[at + 2] ?? 0);
      if (block === undefined || slot >= count) throw new RangeError(`no record in slot ${slot}`);
      return { shape: columns[at + 3] ?? 0, bytes: block.subarray(start, end) };
    },
  };
}
