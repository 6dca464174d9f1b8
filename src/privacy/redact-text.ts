/**
 * Masking of card numbers and INNs in free text: log messages, error details, URLs.
 */

import { isValidInn as isInnValid } from '../rules/inn.js';
import { isValidLuhn as isLuhnValid } from '../rules/luhn.js';
import type { RedactionPolicy } from './redaction-policy.js';
import { countDigits, DIGIT, toAsciiDigits } from './digits.js';

/**
 * What may stand between the digit groups of one number: up to four of whitespace (any, the
 * no-break spaces of bank apps among them), dots, commas, colons, semicolons, slashes, bars,
 * underscores, apostrophes, asterisks, plus signs (a space in a URL or a form), hyphens, dashes,
 * minus signs, middle dots and bullets, and the invisible soft hyphen and zero-width characters
 * that pasting leaves behind.
 */
const SEPARATOR =
  "[\\s.,:;/|_'*+\\-\\u2010-\\u2015\\u2212\\u00B7\\u2022\\u00AD\\u200B-\\u200D\\u2060]{1,4}";

/** Runs of digit groups, e.g. `2202 2012 3456 5895`, `2202.2012.3456.5895`. */
const DIGIT_RUN = new RegExp(`${DIGIT}+(?:${SEPARATOR}${DIGIT}+)*`, 'g');
const SEPARATORS = new RegExp(SEPARATOR, 'g');
const ANY_DIGIT = new RegExp(DIGIT, 'g');

const CARD_MIN_DIGITS = 13;
const CARD_MAX_DIGITS = 19;
/** A legal entity's INN has 10 digits, a person's 12. */
const INN_MIN_DIGITS = 10;
const INN_KEPT_HEAD = 2;

/** Replaces digits outside the kept head and tail with stars; separators stay in place. */
function maskDigits(text: string, keptHead: number, keptTail: number): string {
  const total = text.match(ANY_DIGIT)?.length ?? 0;
  let seen = 0;

  return text.replace(ANY_DIGIT, (digit) => {
    seen += 1;
    const isKept = seen <= keptHead || seen > total - keptTail;
    return isKept ? digit : '*';
  });
}

/**
 * Whether digits are a payment card's number: Luhn-valid, and starting with 2 to 6, the first
 * digits ISO/IEC 7812 gives the card networks (Mir and Mastercard 2; Amex, JCB and Diners 3;
 * Visa 4; Mastercard and Maestro 5; Discover, UnionPay and Maestro 6). Numbers starting
 * otherwise (airlines, oil companies, telecoms, national schemes) are no card a borrower pays
 * with, and free text is full of them: passports, INNs, postcodes, years.
 */
function isCardNumber(digits: string): boolean {
  const first = digits.charCodeAt(0);
  return first >= 0x32 && first <= 0x36 && isLuhnValid(digits);
}

/**
 * How many digits typed after a card number without a break are still read as part of it: its
 * CVV. Not four: a run of 20 digits is far more often the account number of a Russian bank
 * than a card run on into its expiry, and is left alone.
 */
const CARD_TAIL_MAX_DIGITS = 3;
const COMMON_CARD_DIGITS = 16;

/**
 * Whether digits are a 16-digit card number run on into the digits typed after it
 * (`4111111111111111` then `123`, or `4111 1111 1111 1111123`).
 */
function isCardWithTail(digits: string): boolean {
  const length = digits.length;
  if (length <= COMMON_CARD_DIGITS || length > COMMON_CARD_DIGITS + CARD_TAIL_MAX_DIGITS) {
    return false;
  }
  return isCardNumber(digits.slice(0, COMMON_CARD_DIGITS));
}

/** The longest group of a card written in groups: `22007000 12345673` at the most. */
const MAX_GROUP_DIGITS = 8;

/** Where a card ends among groups, and how many of its last digits stay visible. */
interface CardSpan {
  readonly end: number;
  /** 4, or 0 for a card run on into its CVV: the last four digits are then not the card's. */
  readonly keptTail: number;
}

/**
 * The longest span of groups from `start` that reads as a card number. The groups of one number
 * are parted alike (`2200.7000.1234.5673`), or are the four digits of a card's layout however
 * parted (`2200-7000 1234.5673`): a span of other groups whose separators differ
 * (`2026-03-31, 15000.00`) is dates and amounts, not a card. A group longer than eight digits
 * is a number of its own (an INN, an account), not part of a card's layout.
 */
function findCardSpan(
  groups: readonly string[],
  separators: readonly string[],
  start: number,
): CardSpan | undefined {
  let found: CardSpan | undefined;
  let digits = '';
  let inFours = true;

  for (let end = start; end < groups.length; end += 1) {
    const group = groups[end] ?? '';
    if (end > start) {
      // Only the last group of a card is shorter than four digits (`4222 2222 22222`, `… 123`):
      // `201, 400, 406, 409` is a list of numbers, not a card.
      if ((groups[end - 1] ?? '').length < 4) break;
      if (group.length > MAX_GROUP_DIGITS || (groups[start] ?? '').length > MAX_GROUP_DIGITS) {
        break;
      }
    }
    // Fours may be parted unlike, but not by commas: those part lists (`2010-2011, 2017-2026`).
    inFours &&= group.length === 4 && (end === start || !separators[end - 1]?.includes(','));
    if (end > start + 1 && separators[end - 1] !== separators[start] && !inFours) break;
    digits += toAsciiDigits(group);
    if (digits.length > CARD_MAX_DIGITS) break;
    if (digits.length >= CARD_MIN_DIGITS && isCardNumber(digits)) found = { end, keptTail: 4 };
    else if (isCardWithTail(digits)) found = { end, keptTail: 0 };
  }
  return found;
}

/** Masks the card numbers, and under the log policy the INNs, inside one run of digit groups. */
function redactRun(run: string, policy: RedactionPolicy): string {
  const groups = run.split(SEPARATORS);
  const separators = run.match(SEPARATORS) ?? [];
  const pieces: string[] = [];

  let index = 0;
  while (index < groups.length) {
    const group = groups[index] ?? '';
    const card = findCardSpan(groups, separators, index);

    // A card may span several groups; it is masked as one number, separators kept.
    if (card !== undefined) {
      const span = groups.slice(index, card.end + 1);
      const text = span
        .map((part, at) => part + (at < span.length - 1 ? separators[index + at] : ''))
        .join('');
      pieces.push(maskDigits(text, 6, card.keptTail));
      index = card.end + 1;
    } else if (policy === 'log' && isInnValid(toAsciiDigits(group))) {
      pieces.push(maskDigits(group, INN_KEPT_HEAD, 0));
      index += 1;
    } else {
      pieces.push(group);
      index += 1;
    }

    if (index < groups.length) pieces.push(separators[index - 1] ?? '');
  }
  return pieces.join('');
}

/**
 * Masks every card number in a text as its first 6 and last 4 digits: any run of 13 to 19 digits
 * (ASCII or fullwidth), possibly in groups parted alike by up to four of the separators above
 * (every group but the last of four digits or more, none of more than eight), or four groups of
 * four parted by anything but letters, digits and commas, that starts with 2 to 6 and passes the
 * Luhn check. A 16-digit card number followed without a break by up to 3 more digits (a CVV)
 * keeps only its first 6. Under the `log` policy, 10- and
 * 12-digit numbers with valid INN control digits are masked too, keeping their first 2 digits
 * (the region).
 *
 * @example
 * redactText('card 2202 2012 3456 5899 declined') // 'card 2202 20** **** 5899 declined'
 * redactText('ИНН 7707083893', 'log') // 'ИНН 77********'
 */
export function redactText(text: string, policy: RedactionPolicy = 'public'): string {
  // Most texts hold too few digits to hide anything: counted first, without a regular expression.
  const digits = countDigits(text);
  if (digits < FEWEST_MASKED_DIGITS[policy]) return text;
  const unfoured = digits < 16 ? text : text.replace(FOURS, maskFours);
  return unfoured.replace(DIGIT_RUN, (run) => redactRun(run, policy));
}

/**
 * Four groups of four digits parted by anything but letters, digits and commas, up to five
 * characters between two groups: a card number however it was written down
 * (`4111 : 1111 | 1111 ~ 1111`). Commas part lists (`1000, 1000, 1000, 2000`, `2010-2011,
 * 2017-2026`); a card parted by commas alone is read by the rule of groups parted alike.
 */
const FOURS = new RegExp(
  `(?<!${DIGIT})${DIGIT}{4}(?:[^\\p{L}\\p{N},]{1,5}${DIGIT}{4}){3}(?!${DIGIT})`,
  'gu',
);

function maskFours(fours: string): string {
  const digits = toAsciiDigits(fours).replace(/\D/g, '');
  return isCardNumber(digits) ? maskDigits(fours, 6, 4) : fours;
}

/** The fewest digits of anything masked: a card under either policy, an INN under `log`. */
const FEWEST_MASKED_DIGITS: Readonly<Record<RedactionPolicy, number>> = {
  public: CARD_MIN_DIGITS,
  log: INN_MIN_DIGITS,
};
