/**
 * Calendar days of a contract, counted in UTC so the machine's time zone never moves a date.
 */

const DAY_MS = 86_400_000;

/** The UTC day of an RFC 3339 date-time, as YYYY-MM-DD; undefined when it does not parse. */
export function toUtcDate(dateTime: string): string | undefined {
  const time = Date.parse(dateTime);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The date `days` days after a YYYY-MM-DD date.
 *
 * @example addDays('2026-03-01', 30) // '2026-03-31'
 */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** The midnight (UTC) that starts a YYYY-MM-DD date. */
export function toUtcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
