/** Weights of the first nine digits of a ten-digit INN. */
const INN_10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

/**
 * The check digit of a ten-digit INN from its first nine digits: the weighted sum
 * (weights 2,4,10,3,5,9,4,6,8) mod 11 mod 10.
 *
 * @example computeInn10CheckDigit('770708389') // 3, so 7707083893 is valid
 */
export function computeInn10CheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(firstNine)) {
    throw new TypeError('computeInn10CheckDigit expects exactly nine digits');
  }
  let sum = 0;
  INN_10_WEIGHTS.forEach((weight, position) => {
    sum += weight * Number(firstNine[position]);
  });
  return (sum % 11) % 10;
}

/** True when `text` is ten digits whose last digit is the INN check digit. */
export function isValidInn10(text: string): boolean {
  if (!/^\d{10}$/.test(text)) return false;
  return computeInn10CheckDigit(text.slice(0, 9)) === Number(text[9]);
}
