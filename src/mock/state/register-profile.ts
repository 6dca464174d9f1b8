import { RECORD_FIELDS } from './fields.js';
import type { Outcome } from './outcome.js';
import { duplicateProfile } from './problems.js';
import type { ProfileRecord } from './records.js';
import type { MockStore } from './store.js';

/**
 * Stores a client profile from a validated, normalised `adduser` body: the actual address is
 * the registration address when absent; `userid` is the next number and `created_at` the
 * instant given. A second profile with the same key field (the INN) is refused with 409.
 *
 * @param order the property order of the spec's `Profile` schema, for a stable response
 */
export function registerProfile(
  store: MockStore,
  body: Readonly<Record<string, unknown>>,
  at: Date,
  order: readonly string[] = [],
): Outcome<ProfileRecord> {
  const { fields } = store;
  const key = String(body[fields.profileKey]);
  if (store.profiles.has(key)) {
    return { ok: false, problem: duplicateProfile(fields.profileKey) };
  }

  store.counters.userid += 1;
  const added: Readonly<Record<string, unknown>> = {
    [RECORD_FIELDS.userId]: store.counters.userid,
    [RECORD_FIELDS.createdAt]: at.toISOString(),
    [fields.addressFact]: body[fields.addressFact] ?? body[fields.addressReg],
  };
  const profile = orderKeys(added, body, order);
  store.profiles.set(key, profile);
  return { ok: true, value: profile };
}

/**
 * The body with the added fields over it, the named keys first, in that order, then the others
 * of the body and the added, undefined values left out.
 */
function orderKeys(
  added: Readonly<Record<string, unknown>>,
  body: Readonly<Record<string, unknown>>,
  order: readonly string[],
): ProfileRecord {
  const ordered: Record<string, unknown> = {};
  const put = (key: string): void => {
    const value = Object.hasOwn(added, key) ? added[key] : body[key];
    if (value !== undefined && !Object.hasOwn(ordered, key)) ordered[key] = value;
  };
  for (const key of order) put(key);
  for (const key in body) put(key);
  for (const key in added) put(key);
  return ordered;
}
