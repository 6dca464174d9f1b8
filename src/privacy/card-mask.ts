/**
 * The masked forms of a payment card number: first six and last four digits, or the last four
 * alone.
 */

const KEPT_HEAD = 6;
const KEPT_TAIL = 4;

/**
 * Masks a card number as its first 6 and last 4 digits, a star for every digit between.
 * Separators (spaces, hyphens) are dropped. A value too short to keep 10 digits and still hide
 * some is masked all but its last 4 digits, so nothing longer than that ever leaks.
 *
 * @example maskCardNumber('2202 2012 3456 5895') // '220220******5895'
 */
export function maskCardNumber(cardNumber: string): string {
  const digits = cardNumber.replace(/\D/g, '');

  if (digits.length < 13) {
    const tail = digits.length > KEPT_TAIL ? digits.slice(-KEPT_TAIL) : '';
    return '*'.repeat(digits.length - tail.length) + tail;
  }

  const hidden = digits.length - KEPT_HEAD - KEPT_TAIL;
  return digits.slice(0, KEPT_HEAD) + '*'.repeat(hidden) + digits.slice(-KEPT_TAIL);
}

/**
 * The last 4 digits of a card number, separators ignored.
 *
 * @example cardLast4('2202201234565895') // '5895'
 */
export function cardLast4(cardNumber: string): string {
  return cardNumber.replace(/\D/g, '').slice(-KEPT_TAIL);
}
