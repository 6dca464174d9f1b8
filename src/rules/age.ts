import { type CalendarDate, compareDates, getDaysInMonth } from './iso-date.js';

/**
 * The day a date turns `years` years old. A 29 February falls on 28 February in a common year:
 * a term counted in years ends on the last day of the month when that month lacks the day
 * (Civil Code of the Russian Federation, art. 192).
 *
 * @example getAnniversary({ year: 2008, month: 2, day: 29 }, 18) // 2026-02-28
 */
export function getAnniversary(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  const day = Math.min(date.day, getDaysInMonth(year, date.month));
  return { year, month: date.month, day };
}

/**
 * Age in full years on a given day: the number of anniversaries of `birth` reached on or
 * before `on`. Negative when `on` is before the birth.
 *
 * @example getAgeInYears(parseIsoDate('2008-01-02')!, parseIsoDate('2026-01-01')!) // 17
 */
export function getAgeInYears(birth: CalendarDate, on: CalendarDate): number {
  const years = on.year - birth.year;
  const reached = compareDates(on, getAnniversary(birth, years)) >= 0;
  return reached ? years : years - 1;
}
