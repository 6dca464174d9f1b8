import { TextDecoder } from 'node:util';

/**
 * JSON text written as bytes, one byte a character for ASCII and for the Cyrillic alphabet
 * (the single-byte Cyrillic code page, windows-1251): Russian names and addresses take half the
 * room they take in UTF-8. A character outside that code page is written as a JSON escape
 * (`\u2603`), which is valid wherever JSON text holds anything but ASCII: inside its strings.
 */
export interface TextBytes {
  /** The most bytes a text of this many UTF-16 units can take. */
  maxBytes(length: number): number;
  /** The bytes a text takes exactly. */
  measure(text: string): number;
  /** Writes JSON text at an offset of a buffer with room for it; returns the bytes written. */
  write(text: string, target: Buffer, offset: number): number;
  /** Reads back the text written to a range of a buffer. */
  read(source: Buffer, start: number, end: number): string;
}

/**
 * The windows-1251 writer where the runtime can decode windows-1251 (Node with full ICU, the
 * default build), UTF-8 otherwise.
 *
 * @example
 * const bytes = createTextBytes();
 * const written = bytes.write('["Ёлка"]', buffer, 0); // 8
 */
export function createTextBytes(): TextBytes {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('windows-1251');
  } catch {
    return UTF8_BYTES;
  }
  return createCodePageBytes(decoder);
}

const UTF8_BYTES: TextBytes = {
  maxBytes: (length) => 3 * length,
  measure: (text) => Buffer.byteLength(text, 'utf8'),
  write: (text, target, offset) => target.write(text, offset, 'utf8'),
  read: (source, start, end) => source.toString('utf8', start, end),
};

const HEX = '0123456789abcdef';

function createCodePageBytes(decoder: TextDecoder): TextBytes {
  // Each upper byte of the code page, by the UTF-16 unit it decodes to; 0 for none.
  const upper = new Uint8Array(128).map((_, index) => 128 + index);
  const byUnit = new Uint8Array(65536);
  [...decoder.decode(upper)].forEach((character, index) => {
    byUnit[character.charCodeAt(0)] = 128 + index;
  });

  return {
    // An escape takes six bytes for one unit.
    maxBytes: (length) => 6 * length,
    measure(text) {
      let bytes = 0;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        bytes += code < 128 || byUnit[code] !== 0 ? 1 : 6;
      }
      return bytes;
    },
    write(text, target, offset) {
      let at = offset;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        const byte = code < 128 ? code : (byUnit[code] ?? 0);
        if (byte !== 0 || code === 0) {
          target[at++] = byte;
          continue;
        }
        target[at++] = 0x5c; // \
        target[at++] = 0x75; // u
        for (let shift = 12; shift >= 0; shift -= 4) {
          target[at++] = HEX.charCodeAt((code >> shift) & 15);
        }
      }
      return at - offset;
    },
    read: (source, start, end) => decoder.decode(source.subarray(start, end)),
  };
}
