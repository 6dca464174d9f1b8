/**
 * Finding a card number the runner sent in text that came back, however the target parted its
 * digits: the runner knows the exact digits, so any way of writing them between other characters
 * is found, while digits spread across unrelated words are not.
 */

import { countDigits, DIGIT, toAsciiDigits } from '../../privacy/digits.js';

/**
 * The longest gap between two digits of one number: separators a backend may choose (`:`, `.`,
 * `|`, several spaces) are short, while a letter or another digit always ends the number.
 */
const MAX_GAP = 5;

/**
 * A run of digits parted by short gaps of characters that are neither letters nor digits. A gap
 * never holds a digit, so each step has one way to match and a long text costs linear time.
 */
const DIGIT_RUN = new RegExp(`${DIGIT}(?:[^\\p{L}\\p{N}]{0,${MAX_GAP}}${DIGIT})*`, 'gu');

/** The fewest digits of a sent value worth looking for: shorter ones occur by chance. */
const CARD_MIN_DIGITS = 12;

/** The digits a card number keeps visible when masked: its first 6 and last 4. */
const KEPT_HEAD = 6;
const KEPT_TAIL = 4;

/**
 * The ASCII digits of a card number as it was sent, or `undefined` when it has too few to be
 * looked for.
 *
 * @example cardDigits('2202 2012 3456 5899') // '2202201234565899'
 */
export function cardDigits(card: string): string | undefined {
  const digits = toAsciiDigits(card).replace(/\D/g, '');
  return digits.length >= CARD_MIN_DIGITS ? digits : undefined;
}

/**
 * Whether the text holds the card's digits in order, parted by nothing or by short runs of
 * characters that are neither letters nor digits.
 *
 * @example containsCard('карта 2202:2012:3456:5899', '2202201234565899') // true
 */
export function containsCard(text: string, digits: string): boolean {
  let found = false;
  scanRuns(text, digits.length, (run) => {
    found ||= run.digits.includes(digits);
  });
  return found;
}

/**
 * The text with every card of `cards` (their digits) masked where it appears however parted:
 * its first 6 and last 4 digits kept, the others starred, the separators left in place.
 *
 * @example maskCards('echo 2202|2012|3456|5899', ['2202201234565899']) // 'echo 2202|20**|****|5899'
 */
export function maskCards(text: string, cards: Iterable<string>): string {
  // Most texts of a report hold too few digits for any card: counted before anything else.
  if (countDigits(text) < CARD_MIN_DIGITS) return text;
  const wanted = [...cards];
  if (wanted.length === 0) return text;
  const shortest = Math.min(...wanted.map((card) => card.length));
  const pieces: string[] = [];
  let copied = 0;

  scanRuns(text, shortest, (run) => {
    const hidden = findHiddenDigits(run.digits, wanted);
    if (hidden.size === 0) return;
    pieces.push(text.slice(copied, run.start));
    pieces.push(maskRun(run, hidden));
    copied = run.start + run.text.length;
  });
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A run of digits in a text: where it starts, its text, its digits in ASCII. */
interface DigitRun {
  readonly start: number;
  readonly text: string;
  readonly digits: string;
}

/** Calls `visit` with every run of at least `fewest` digits, after a cheap count of them all. */
function scanRuns(text: string, fewest: number, visit: (run: DigitRun) => void): void {
  if (countDigits(text) < fewest) return;
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = toAsciiDigits(match[0]).replace(/\D/g, '');
    if (digits.length >= fewest) visit({ start: match.index, text: match[0], digits });
  }
}

/** The indices, among a run's digits, that a card found in it does not keep visible. */
function findHiddenDigits(digits: string, cards: readonly string[]): Set<number> {
  const hidden = new Set<number>();
  for (const card of cards) {
    for (let at = digits.indexOf(card); at >= 0; at = digits.indexOf(card, at + 1)) {
      for (let index = at + KEPT_HEAD; index < at + card.length - KEPT_TAIL; index += 1) {
        hidden.add(index);
      }
    }
  }
  return hidden;
}

/** A run's text with the digits at the hidden indices replaced by stars. */
const ANY_DIGIT = new RegExp(DIGIT, 'g');

function maskRun(run: DigitRun, hidden: ReadonlySet<number>): string {
  let seen = -1;
  return run.text.replace(ANY_DIGIT, (digit) => {
    seen += 1;
    return hidden.has(seen) ? '*' : digit;
  });
}
