import { parseIsoDate } from '../../rules/iso-date.js';
import { createSingleByteText } from './text-bytes.js';

/**
 * A list of JSON values written as compact bytes, and read back equal: each value a tag byte and
 * its content. Texts take one byte a character when they can (see `createSingleByteText`);
 * texts of digits take half a byte a digit; an instant in the canonical `toISOString` form takes
 * six bytes and a `YYYY-MM-DD` day three; integers take a few bytes; anything else is its JSON.
 */
const TAG = { single: 1, utf8: 2, digits: 3, instant: 4, day: 5, integer: 6, json: 7 } as const;

const DAY_MS = 86_400_000;
const DAY_OFFSET = 2 ** 23;
const DIGITS = /^[0-9]{1,255}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** UTF-8 cannot hold a lone surrogate: a text with surrogates is kept as JSON, which escapes it. */
const SURROGATE = /[\ud800-\udfff]/;
/** Room kept for a length before content whose size is known only once written. */
const LENGTH_ROOM = 5;

const singleByte = createSingleByteText();
let scratch = Buffer.allocUnsafe(64 * 1024);
let at = 0;

/**
 * Writes values as bytes. The result is a view of a shared buffer, valid until the next call:
 * copy it before writing again.
 *
 * @example
 * const bytes = encodeValues([1, 'Ёлка', '7707083893']);
 * decodeValues(bytes); // [1, 'Ёлка', '7707083893']
 */
export function encodeValues(values: readonly unknown[]): Uint8Array {
  at = 0;
  for (const value of values) {
    if (typeof value === 'string') {
      reserve(16 + 3 * value.length);
      writeText(value);
    } else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 48) {
      reserve(16);
      scratch[at++] = TAG.integer;
      writeCount(value >= 0 ? 2 * value : -2 * value - 1);
    } else {
      const json = JSON.stringify(value) ?? 'null';
      reserve(16 + 3 * json.length);
      scratch[at++] = TAG.json;
      writeSized(scratch.write(json, at + LENGTH_ROOM, 'utf8'));
    }
  }
  return scratch.subarray(0, at);
}

/** Reads values written by `encodeValues`. */
export function decodeValues(bytes: Uint8Array): unknown[] {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: unknown[] = [];
  let cursor = 0;
  const readCount = (): number => {
    let count = 0;
    let scale = 1;
    for (;;) {
      const byte = source[cursor++] ?? 0;
      count += (byte & 127) * scale;
      if (byte < 128) return count;
      scale *= 128;
    }
  };

  while (cursor < source.length) {
    const tag = source[cursor++];
    if (tag === TAG.integer) {
      const zigzag = readCount();
      values.push(zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
    } else if (tag === TAG.digits) {
      const count = source[cursor++] ?? 0;
      let digits = '';
      for (let index = 0; index < count; index += 1) {
        const byte = source[cursor + (index >> 1)] ?? 0;
        digits += String((index & 1) === 0 ? byte >> 4 : byte & 15);
      }
      cursor += (count + 1) >> 1;
      values.push(digits);
    } else if (tag === TAG.instant) {
      values.push(new Date(source.readUIntBE(cursor, 6)).toISOString());
      cursor += 6;
    } else if (tag === TAG.day) {
      values.push(toDay(source.readUIntBE(cursor, 3) - DAY_OFFSET));
      cursor += 3;
    } else {
      const length = readCount();
      const end = cursor + length;
      if (tag === TAG.single) values.push(singleByte.read(source, cursor, end));
      else if (tag === TAG.utf8) values.push(source.toString('utf8', cursor, end));
      else values.push(JSON.parse(source.toString('utf8', cursor, end)));
      cursor = end;
    }
  }
  return values;
}

function reserve(bytes: number): void {
  if (at + bytes <= scratch.length) return;
  const larger = Buffer.allocUnsafe(2 * (at + bytes));
  scratch.copy(larger, 0, 0, at);
  scratch = larger;
}

/** Writes a non-negative integer, seven bits a byte. */
function writeCount(count: number): void {
  let rest = count;
  while (rest >= 128) {
    scratch[at++] = (rest % 128) | 128;
    rest = Math.floor(rest / 128);
  }
  scratch[at++] = rest;
}

/** Writes the length of content already written `LENGTH_ROOM` bytes on, and closes the gap. */
function writeSized(length: number): void {
  const contentStart = at + LENGTH_ROOM;
  writeCount(length);
  scratch.copyWithin(at, contentStart, contentStart + length);
  at += length;
}

/** Writes one text with the most compact tag that keeps it exactly. */
function writeText(value: string): void {
  const first = value.charCodeAt(0);
  if (first >= 48 && first <= 57 && writeNumeral(value)) return;

  const tagAt = at++;
  const single = singleByte.write(value, scratch, at + LENGTH_ROOM);
  if (single >= 0) {
    scratch[tagAt] = TAG.single;
    writeSized(single);
  } else if (SURROGATE.test(value)) {
    const json = JSON.stringify(value);
    reserve(16 + 3 * json.length);
    scratch[tagAt] = TAG.json;
    writeSized(scratch.write(json, at + LENGTH_ROOM, 'utf8'));
  } else {
    scratch[tagAt] = TAG.utf8;
    writeSized(scratch.write(value, at + LENGTH_ROOM, 'utf8'));
  }
}

/** Writes a text of digits, an instant or a day in their short forms; false for other texts. */
function writeNumeral(value: string): boolean {
  if (DIGITS.test(value)) {
    scratch[at++] = TAG.digits;
    scratch[at++] = value.length;
    for (let index = 0; index < value.length; index += 2) {
      const low = index + 1 < value.length ? value.charCodeAt(index + 1) - 48 : 15;
      scratch[at++] = ((value.charCodeAt(index) - 48) << 4) | low;
    }
    return true;
  }
  if (value.length === 24 && INSTANT.test(value) && isCanonicalInstant(value)) {
    scratch[at++] = TAG.instant;
    at = scratch.writeUIntBE(Date.parse(value), at, 6);
    return true;
  }
  if (value.length === 10 && DAY.test(value) && isCanonicalDay(value)) {
    scratch[at++] = TAG.day;
    at = scratch.writeUIntBE(Date.parse(value) / DAY_MS + DAY_OFFSET, at, 3);
    return true;
  }
  return false;
}

function isCanonicalInstant(value: string): boolean {
  const ms = Date.parse(value);
  return ms >= 0 && ms < 2 ** 48 && new Date(ms).toISOString() === value;
}

function isCanonicalDay(value: string): boolean {
  // A real calendar day in four-digit years reads back as written.
  return parseIsoDate(value) !== undefined && Math.abs(Date.parse(value) / DAY_MS) < DAY_OFFSET;
}

function toDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
