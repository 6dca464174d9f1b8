/**
 * A value as a command-line message quotes it: in double quotes, with quotes, backslashes and
 * control characters escaped as JSON escapes them, so that the message stays on one line
 * whatever was typed (`--header $'X: a\nY: b'`).
 *
 * @example
 * quoteValue('X: a\nY: b'); // '"X: a\\nY: b"'
 */
export function quoteValue(text: string): string {
  return JSON.stringify(text);
}
