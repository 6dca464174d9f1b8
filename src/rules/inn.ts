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

const INN_12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN_12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function weightedCheckDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, position) => {
    sum += weight * Number(digits[position]);
  });
  return (sum % 11) % 10;
}

/** True when `text` is a twelve-digit (personal) INN whose two check digits are valid. */
export function isValidInn12(text: string): boolean {
  if (!/^\d{12}$/.test(text)) return false;
  return (
    weightedCheckDigit(text, INN_12_FIRST_WEIGHTS) === Number(text[10]) &&
    weightedCheckDigit(text, INN_12_SECOND_WEIGHTS) === Number(text[11])
  );
}

/** True when `text` is a valid INN of either length: 10 digits or 12 digits. */
export function isValidInn(text: string): boolean {
  return isValidInn10(text) || isValidInn12(text);
}
