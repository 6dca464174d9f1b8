/**
 * The Luhn check digit to append to `payload` (a string of digits).
 *
 * @example computeLuhnCheckDigit('220220000000589') // the 16th digit of a Mir card
 */
export function computeLuhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new TypeError('computeLuhnCheckDigit expects digits');
  return (10 - sumLuhn(payload, true)) % 10;
}

/** True when `text` is at least two digits and its last digit is the Luhn check digit. */
export function isValidLuhn(text: string): boolean {
  if (!/^\d{2,}$/.test(text)) return false;
  return sumLuhn(text, false) === 0;
}

/**
 * The Luhn sum mod 10, walking from the rightmost digit. When `doubleFirst` is true the
 * rightmost digit is doubled (the payload lacks its check digit yet).
 */
function sumLuhn(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  for (let offset = 0; offset < digits.length; offset += 1) {
    let digit = Number(digits[digits.length - 1 - offset]);
    if (offset % 2 === (doubleFirst ? 0 : 1)) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10;
}
