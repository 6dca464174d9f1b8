/**
 * Bounds on what a report keeps of a body, so that a target answering megabytes still gives a CI
 * artifact of a bounded size: every string is cut to {@link MAX_STRING_CHARS} characters, and a
 * body still longer than {@link MAX_BODY_CHARS} characters of JSON is kept as the start of its
 * JSON text. Either cut ends in a marker that says so and gives the original size.
 */

import { mapStrings } from './map-strings.js';

/** The longest string a report keeps inside a body. */
export const MAX_STRING_CHARS = 4000;

/** The most a report keeps of one body, as characters of its JSON text: 64 KiB. */
export const MAX_BODY_CHARS = 64 * 1024;

/**
 * A body bounded for a report; `bytes` is its size as sent or received, for the marker.
 *
 * @example clipBody({ note: 'x'.repeat(5000) }, 5012) // { note: 'xxx… [cut: 5000 characters in all]' }
 */
export function clipBody(value: unknown, bytes: number): unknown {
  const clipped = mapStrings(value, clipString);
  const text = typeof clipped === 'string' ? clipped : JSON.stringify(clipped);
  if (text === undefined || text.length <= MAX_BODY_CHARS) return clipped;
  return `${text.slice(0, MAX_BODY_CHARS)}… [cut: a body of ${bytes} bytes in all]`;
}

/** A text cut to {@link MAX_STRING_CHARS} characters, with the marker when it was cut. */
export function clipString(text: string): string {
  if (text.length <= MAX_STRING_CHARS) return text;
  return `${text.slice(0, MAX_STRING_CHARS)}… [cut: ${text.length} characters in all]`;
}
