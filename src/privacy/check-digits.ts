/**
 * Check digits of the numbers the privacy rules look for: the Luhn checksum of payment cards and
 * the control digits of Russian taxpayer numbers (INN).
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

/**
 * Whether a string of digits passes the Luhn checksum.
 *
 * @example isLuhnValid('2202201234565895') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;

  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    // Every second digit from the right is doubled, and 9 is taken off a two-digit result.
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The control digit of an INN prefix: weighted sum, mod 11, mod 10. */
function computeControlDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight * Number(digits[index]);
  });
  return (sum % 11) % 10;
}

/**
 * Whether a string is a 10-digit (organisation) or 12-digit (person) INN with valid control
 * digits.
 *
 * @example isInnValid('7707083893') // true
 */
export function isInnValid(value: string): boolean {
  if (/^\d{10}$/.test(value)) {
    return computeControlDigit(value, INN10_WEIGHTS) === Number(value[9]);
  }
  if (/^\d{12}$/.test(value)) {
    return (
      computeControlDigit(value, INN12_FIRST_WEIGHTS) === Number(value[10]) &&
      computeControlDigit(value, INN12_SECOND_WEIGHTS) === Number(value[11])
    );
  }
  return false;
}
