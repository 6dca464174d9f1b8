/**
 * The shape of the seeded data: how many records, and the fixed calendar they are placed on.
 * Every seeded instant lies before 2026-01-01, so the data is the same on any clock.
 */

/** The day seeded personas are generated against: their ages and documents hold on it. */
export const SEED_REFERENCE_DATE = '2024-06-01';

/** How many profiles and credits the seed holds; credit `n` belongs to profile `n mod 25`. */
export const SEED_SIZE = { profiles: 25, credits: 50 } as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const REFERENCE_MS = Date.parse(`${SEED_REFERENCE_DATE}T09:00:00.000Z`);

/** When seeded profile `index` (from 0) was created: one a day from the reference day. */
export function seedProfileTime(index: number): Date {
  return new Date(REFERENCE_MS + index * DAY_MS);
}

/** When seeded credit `index` (from 0) was filed: every three days from a month later. */
export function seedCreditTime(index: number): Date {
  return new Date(REFERENCE_MS + 30 * DAY_MS + index * 3 * DAY_MS + (index % 8) * HOUR_MS);
}

/**
 * The delays of a seeded credit's lifecycle after filing: review after 2 hours, the decision
 * the next day, the loan issued 3 hours after approval; repaid half-way through the term, or
 * overdue the day after it ends.
 */
export const SEED_DELAYS = {
  review: 2 * HOUR_MS,
  decision: DAY_MS,
  issue: 3 * HOUR_MS,
  day: DAY_MS,
} as const;
