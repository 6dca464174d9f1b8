import type { CreditRecord, ProfileRecord } from './records.js';

/** The name written into every fixtures file, to tell it from any other JSON. */
export const FIXTURES_FORMAT = 'microf1-fixtures';

/**
 * The mock's data as a JSON value: what `microf1 fixtures` writes, `--data` loads and
 * `snapshot()` returns. Card numbers appear only masked.
 */
export interface MockFixtures {
  readonly format: typeof FIXTURES_FORMAT;
  readonly version: 1;
  /** The seed the data was generated from. */
  readonly seed: number;
  /** Where the manual clock starts, RFC 3339. */
  readonly clock_start: string;
  /** The last `userid` and `creditid` assigned; new ones continue after them. */
  readonly counters: { readonly userid: number; readonly creditid: number };
  /** The profiles as the spec's `Profile` schema, in `userid` order. */
  readonly profiles: readonly ProfileRecord[];
  /** The credits in `creditid` order, each with its history and planned statuses. */
  readonly credits: readonly CreditRecord[];
}

/** A deep copy of fixtures, so that no caller shares the mock's records. */
export function copyFixtures(fixtures: MockFixtures): MockFixtures {
  return structuredClone(fixtures) as MockFixtures;
}
