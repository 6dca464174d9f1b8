import { TextDecoder } from 'node:util';

/**
 * Texts written one byte a character when they hold only ASCII and letters of the single-byte
 * Cyrillic code page (windows-1251): Russian names and addresses then take half the room they
 * take in UTF-8. Texts with any other character are left to UTF-8.
 */
export interface SingleByteText {
  /** Writes a text at an offset (room for `text.length` bytes); -1 when it cannot be. */
  write(text: string, target: Uint8Array, offset: number): number;
  /** Reads a text written by `write`. */
  read(source: Uint8Array, start: number, end: number): string;
}

/**
 * The windows-1251 writer where the runtime can decode windows-1251 (Node with full ICU, the
 * default build); one that always declines otherwise.
 *
 * @example
 * const text = createSingleByteText();
 * text.write('Ёлка', buffer, 0); // 4
 */
export function createSingleByteText(): SingleByteText {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('windows-1251');
  } catch {
    return { write: () => -1, read: () => '' };
  }

  // Each upper byte of the code page, by the UTF-16 unit it decodes to; 0 for none.
  const upper = new Uint8Array(128).map((_, index) => 128 + index);
  const byUnit = new Uint8Array(65536);
  [...decoder.decode(upper)].forEach((character, index) => {
    byUnit[character.charCodeAt(0)] = 128 + index;
  });

  return {
    write(text, target, offset) {
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        const byte = code < 128 ? code : (byUnit[code] ?? 0);
        if (byte === 0 && code !== 0) return -1;
        target[offset + index] = byte;
      }
      return text.length;
    },
    read: (source, start, end) => decoder.decode(source.subarray(start, end)),
  };
}
