/** A digit as people type and paste them, for regular expressions: ASCII, or fullwidth. */
export const DIGIT = '[0-9\\uFF10-\\uFF19]';

/** The code of the fullwidth digit zero (`０`); `１` to `９` follow it. */
const FULLWIDTH_ZERO = 0xff10;

/**
 * The digits of a text as ASCII digits, the fullwidth ones (`０`-`９`, as some keyboards and
 * pastes give them) read as their values.
 *
 * @example
 * toAsciiDigits('２２００ 7000'); // '2200 7000'
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (digit) => String(digit.charCodeAt(0) - FULLWIDTH_ZERO));
}

/**
 * How many digits, ASCII or fullwidth, a text holds: counted without a regular expression, as a
 * first look that lets most texts (too few digits to hide a card) pass untouched.
 *
 * @example
 * countDigits('card ２２００ 7000'); // 8
 */
export function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 0x30 && code <= 0x39) || (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9)) {
      digits += 1;
    }
  }
  return digits;
}
