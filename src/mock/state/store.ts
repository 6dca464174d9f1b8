import type { DomainFields } from './fields.js';
import { RECORD_FIELDS } from './fields.js';
import { FIXTURES_FORMAT, type MockFixtures } from './fixtures.js';
import { createProfileTable, type ProfileTable } from './profile-table.js';
import type { CreditRecord } from './records.js';

/**
 * The mock's memory: profiles by their key field (the INN), credits by `creditid`, and the
 * counters of both. Handlers and seeding change it only through `registerProfile` and
 * `fileCredit`; the control API through `moveCredit`.
 */
export interface MockStore {
  readonly fields: DomainFields;
  readonly profiles: ProfileTable;
  readonly credits: Map<number, CreditRecord>;
  readonly counters: { userid: number; creditid: number };
}

/** Creates an empty store. */
export function createStore(fields: DomainFields): MockStore {
  return {
    fields,
    profiles: createProfileTable(),
    credits: new Map(),
    counters: { userid: 0, creditid: 0 },
  };
}

/** Replaces everything a store holds with copies of the records of fixtures. */
export function fillStore(store: MockStore, fixtures: MockFixtures): void {
  store.profiles.clear();
  store.credits.clear();
  // The profile table keeps its own copies; credits are stored as objects.
  for (const profile of fixtures.profiles) {
    store.profiles.set(String(profile[store.fields.profileKey]), profile);
  }
  for (const credit of structuredClone(fixtures.credits)) {
    store.credits.set(Number(credit.application[RECORD_FIELDS.creditId]), credit);
  }
  store.counters.userid = fixtures.counters.userid;
  store.counters.creditid = fixtures.counters.creditid;
}

/** Writes a store out as fixtures (deep copies, in id order). */
export function dumpStore(
  store: MockStore,
  meta: { readonly seed: number; readonly clockStart: string },
): MockFixtures {
  // The profile table hands out fresh copies already; credits are copied here.
  const profiles = [...store.profiles.values()].sort(
    (a, b) => Number(a[RECORD_FIELDS.userId]) - Number(b[RECORD_FIELDS.userId]),
  );
  const credits = [...store.credits.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
  return {
    format: FIXTURES_FORMAT,
    version: 1,
    seed: meta.seed,
    clock_start: meta.clockStart,
    counters: { ...store.counters },
    profiles,
    credits: structuredClone(credits),
  };
}
