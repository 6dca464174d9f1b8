/** A decimal number split into its parts, digits kept as written. */
export interface ParsedDecimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

/** The decimal marks accepted when none are given. */
export const DEFAULT_SEPARATORS: readonly string[] = ['.'];

/**
 * Parses a decimal written with one of `separators` as its decimal mark: an optional minus,
 * digits, then optionally the mark and more digits. No exponent, no grouping, no spaces.
 *
 * @example parseDecimal('0,75', ['.', ',']) // { negative: false, integer: '0', fraction: '75' }
 */
export function parseDecimal(
  text: string,
  separators: readonly string[] = DEFAULT_SEPARATORS,
): ParsedDecimal | undefined {
  const match = /^(-?)(\d+)(?:(\D)(\d+))?$/.exec(text);
  if (match === null) return undefined;

  const mark = match[3];
  if (mark !== undefined && !separators.includes(mark)) return undefined;
  return { negative: match[1] === '-', integer: match[2] ?? '', fraction: match[4] ?? '' };
}

/** The number of digits written after the decimal mark, `undefined` when not a decimal. */
export function countFractionDigits(
  text: string,
  separators: readonly string[] = DEFAULT_SEPARATORS,
): number | undefined {
  return parseDecimal(text, separators)?.fraction.length;
}

/**
 * Compares two decimals exactly, digit by digit, with no floating point: negative when
 * `a < b`, 0 when equal, positive when `a > b`.
 *
 * @example compareDecimals({ negative: false, integer: '0', fraction: '80' }, parseDecimal('0.8')!) // 0
 */
export function compareDecimals(a: ParsedDecimal, b: ParsedDecimal): number {
  const left = toScaledInteger(a, Math.max(a.fraction.length, b.fraction.length));
  const right = toScaledInteger(b, Math.max(a.fraction.length, b.fraction.length));
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/** The decimal times 10^scale as a bigint; digits beyond `scale` are dropped. */
export function toScaledInteger(value: ParsedDecimal, scale: number): bigint {
  const fraction = value.fraction.slice(0, scale).padEnd(scale, '0');
  const magnitude = BigInt(`${value.integer}${fraction}`);
  return value.negative ? -magnitude : magnitude;
}

/** Writes `scaled / 10^scale` as a decimal with `mark`, keeping exactly `scale` fraction digits. */
export function formatScaledInteger(scaled: bigint, scale: number, mark = '.'): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const body = scale > 0 ? `${integer}${mark}${fraction}` : integer;
  return negative ? `-${body}` : body;
}
