/**
 * Exact decimal arithmetic for money and rates: amounts in integer kopecks, rates as an integer
 * over a power of ten, all in bigint so no float ever rounds a sum.
 */

/** A decimal number as `units / scale`, where scale is a power of ten. */
export interface Decimal {
  units: bigint;
  scale: bigint;
}

const KOPECKS_PER_ROUBLE = 100n;

/** Parses a non-negative decimal with '.' or ',' as its mark; undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;

  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** Divides and rounds half up; both operands are non-negative. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Writes `units / 10^decimals` with exactly that many decimals. */
export function formatFixed(units: bigint, decimals: number): string {
  const text = units.toString().padStart(decimals + 1, '0');
  if (decimals === 0) return text;
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** A decimal in its shortest form, '.' as mark: "0.80" and "0,8" both become "0.8". */
export function formatDecimal(value: Decimal): string {
  const decimals = value.scale.toString().length - 1;
  return formatFixed(value.units, decimals);
}

/**
 * Parses roubles with at most 2 decimals into kopecks.
 *
 * @example parseKopecks('15000.5') // 1500050n
 */
export function parseKopecks(amount: string): bigint | undefined {
  const value = parseDecimal(amount);
  if (!value || value.scale > KOPECKS_PER_ROUBLE) return undefined;
  return (value.units * KOPECKS_PER_ROUBLE) / value.scale;
}

/**
 * Writes kopecks as money: digits, '.', exactly 2 decimals.
 *
 * @example formatMoney(360000n) // '3600.00'
 */
export function formatMoney(kopecks: bigint): string {
  return formatFixed(kopecks, 2);
}
