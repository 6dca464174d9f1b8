import { RECORD_FIELDS } from './fields.js';
import type { MockFixtures } from './fixtures.js';
import type { CreditRecord, ProfileRecord, StatusChange } from './records.js';

/**
 * Re-anchors fixtures at another instant: every time they hold (creation times, histories,
 * planned statuses) moves by the distance from their `clock_start` to `anchor`, which becomes
 * their new `clock_start`. Data generated for one start then reads the same from any other: a
 * credit issued two days before the start, due in five, stays so on a real clock started today.
 *
 * @example
 * const moved = shiftFixtures(fixtures, new Date('2027-01-01T00:00:00Z'));
 */
export function shiftFixtures(fixtures: MockFixtures, anchor: Date): MockFixtures {
  const deltaMs = anchor.getTime() - Date.parse(fixtures.clock_start);
  if (deltaMs === 0) {
    return fixtures;
  }
  const shift = (at: string): string => new Date(Date.parse(at) + deltaMs).toISOString();
  const shiftChanges = (changes: readonly StatusChange[]): StatusChange[] =>
    changes.map((change) => ({ ...change, at: shift(change.at) }));
  const shiftCreatedAt = (record: ProfileRecord): ProfileRecord => {
    const createdAt = record[RECORD_FIELDS.createdAt];
    return typeof createdAt === 'string'
      ? { ...record, [RECORD_FIELDS.createdAt]: shift(createdAt) }
      : record;
  };

  return {
    ...fixtures,
    clock_start: anchor.toISOString(),
    profiles: fixtures.profiles.map(shiftCreatedAt),
    credits: fixtures.credits.map(
      (credit): CreditRecord => ({
        ...credit,
        application: shiftCreatedAt(credit.application),
        history: shiftChanges(credit.history),
        planned: shiftChanges(credit.planned),
      }),
    ),
  };
}
