/**
 * The shape of the seeded data: how many records, and where they stand in time. Every seeded
 * instant is placed relative to the clock's start, so the data reads the same whenever the mock
 * starts: on the manual clock to the byte, on the real clock shifted to the moment it starts.
 */

import { MANUAL_CLOCK_START } from '../state/clock.js';

/** The day seeded personas are generated against: their ages and documents hold on it. */
export const SEED_REFERENCE_DATE = '2024-06-01';

/**
 * The day the seeded people's passports must still be valid on: the manual clock's first day,
 * where the data is placed (a passport due for its replacement at 45 by then is replaced).
 */
export const SEED_VALID_ON = MANUAL_CLOCK_START.slice(0, 10);

/** How many profiles and credits the seed holds; credit `n` belongs to profile `n mod 25`. */
export const SEED_SIZE = { profiles: 25, credits: 50 } as const;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** When seeded profile `index` (from 0) was created: one a day, the first 500 days before the start. */
export function seedProfileTime(index: number, clockStart: string): Date {
  return new Date(Date.parse(clockStart) - (500 - index) * DAY_MS);
}

/**
 * The delays of a seeded credit's lifecycle after filing: review after 2 hours, the decision
 * the next day, the loan issued 3 hours after approval.
 */
export const SEED_DELAYS = {
  review: 2 * HOUR_MS,
  decision: DAY_MS,
  issue: 3 * HOUR_MS,
} as const;
