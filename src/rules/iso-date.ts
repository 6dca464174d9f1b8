/** A calendar day, month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by the ASCII digits from `start` to `end`, or -1 when one is not a digit. */
function readDigits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True when `year` has a 29 February (Gregorian rules). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month of a year, `month` 1-12. */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a strict `YYYY-MM-DD` day: the day must exist in the calendar, so `2023-02-29`
 * and `2024-02-30` give `undefined`.
 *
 * @example parseIsoDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  // Read by character codes: date rules parse the same few days many times in every request.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) {
    return undefined;
  }
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 7);
  const day = readDigits(text, 8, 10);
  if (year < 1 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > getDaysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `text` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Writes a calendar day as `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Orders two calendar days: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Shifts a calendar day by a whole number of days (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
