import type { CompiledContract } from '../../spec/index.js';
import { getDatedContract, findResponseSchemaRef } from './dated-contract.js';
import { REJECTIONS } from './decision.js';
import { OPERATIONS, RECORD_FIELDS, resolveDomainFields } from './fields.js';
import { FIXTURES_FORMAT, type MockFixtures } from './fixtures.js';
import { isCreditStatus, STATUS_LABELS } from './statuses.js';

/** The outcome of checking a fixtures value: the fixtures, or every problem found. */
export type FixturesCheck =
  | { readonly ok: true; readonly fixtures: MockFixtures }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Fixture dates are not checked against any clock: "not in the future" holds until this day. */
const FAR_DAY = '9999-12-31';
const MAX_ERRORS = 20;

type Json = Record<string, unknown>;

/**
 * Checks that a value (a parsed `--data` file) is fixtures the mock can run on: the envelope,
 * every profile against the spec's `Profile` schema, every credit's application against
 * `CreditApplication` (so no full card number passes), its history, and the links between them.
 *
 * @example
 * const check = checkFixtures(JSON.parse(text), contract);
 * if (!check.ok) console.error(check.errors.join('\n'));
 */
export function checkFixtures(value: unknown, contract: CompiledContract): FixturesCheck {
  const errors: string[] = [];
  if (!isRecord(value) || value.format !== FIXTURES_FORMAT || value.version !== 1) {
    return {
      ok: false,
      errors: [`not a MicroF1 fixtures file (format "${FIXTURES_FORMAT}", version 1)`],
    };
  }
  checkEnvelope(value, errors);
  if (errors.length === 0) {
    const checker = getDatedContract(contract.document, FAR_DAY);
    const owners = checkProfiles(value, checker, errors);
    checkCredits(value, checker, owners, errors);
  }
  return errors.length === 0
    ? { ok: true, fixtures: value as unknown as MockFixtures }
    : { ok: false, errors: errors.slice(0, MAX_ERRORS) };
}

/**
 * Checked fixtures, copied so that the caller's value and the mock's never share records.
 * Throws when they are not valid, with every problem found.
 */
export function requireFixtures(data: MockFixtures, contract: CompiledContract): MockFixtures {
  const check = checkFixtures(data, contract);
  if (!check.ok) {
    throw new Error(`Failed to load the mock's data: ${check.errors.join('; ')}`);
  }
  return structuredClone(check.fixtures);
}

function checkEnvelope(value: Json, errors: string[]): void {
  const counters = value.counters;
  if (!Number.isInteger(value.seed)) errors.push('"seed" must be an integer');
  if (typeof value.clock_start !== 'string' || Number.isNaN(Date.parse(value.clock_start))) {
    errors.push('"clock_start" must be an RFC 3339 date-time');
  }
  if (!isRecord(counters) || !isCount(counters.userid) || !isCount(counters.creditid)) {
    errors.push('"counters" must hold the last "userid" and "creditid" as integers');
  }
  if (!Array.isArray(value.profiles)) errors.push('"profiles" must be an array');
  if (!Array.isArray(value.credits)) errors.push('"credits" must be an array');
}

function checkProfiles(value: Json, checker: CompiledContract, errors: string[]): Set<string> {
  const fields = resolveDomainFields(checker);
  const schemaRef = findResponseSchemaRef(checker, OPERATIONS.addUser, 201);
  const keys = new Set<string>();
  const lastId = Number((value.counters as Json).userid);
  (value.profiles as unknown[]).forEach((profile, index) => {
    const at = `profiles[${index}]`;
    report(at, checker.validate(schemaRef, profile, 'en'), errors);
    if (!isRecord(profile)) return;
    const key = String(profile[fields.profileKey]);
    if (keys.has(key)) errors.push(`${at}: a second profile with the same ${fields.profileKey}`);
    if (Number(profile[RECORD_FIELDS.userId]) > lastId)
      errors.push(`${at}: userid above counters.userid`);
    keys.add(key);
  });
  return keys;
}

function checkCredits(
  value: Json,
  checker: CompiledContract,
  owners: Set<string>,
  errors: string[],
): void {
  const fields = resolveDomainFields(checker);
  const schemaRef = findResponseSchemaRef(checker, OPERATIONS.addCredit, 201);
  const ids = new Set<number>();
  const lastId = Number((value.counters as Json).creditid);
  (value.credits as unknown[]).forEach((credit, index) => {
    const at = `credits[${index}]`;
    if (!isRecord(credit) || !isRecord(credit.application)) {
      errors.push(`${at}: must be an object with "application", "history" and "planned"`);
      return;
    }
    const history = checkChanges(`${at}.history`, credit.history, errors);
    checkChanges(`${at}.planned`, credit.planned, errors);
    if (history[0] !== 'new') errors.push(`${at}.history: must start with "new"`);
    if (credit.rejection !== undefined && !(String(credit.rejection) in REJECTIONS)) {
      errors.push(`${at}.rejection: unknown reason code`);
    }
    const status = history.at(-1) ?? 'new';
    const label = isCreditStatus(status) ? STATUS_LABELS[status].ru : '';
    const view = { ...credit.application, status, status_label: label };
    report(`${at}.application`, checker.validate(schemaRef, view, 'en'), errors);

    const id = Number(credit.application[RECORD_FIELDS.creditId]);
    if (ids.has(id) || id > lastId)
      errors.push(`${at}: creditid repeated or above counters.creditid`);
    if (!owners.has(String(credit.application[fields.creditOwner]))) {
      errors.push(`${at}: no profile has its ${fields.creditOwner}`);
    }
    ids.add(id);
  });
}

/** Checks a list of status changes; returns the statuses. */
function checkChanges(at: string, changes: unknown, errors: string[]): string[] {
  if (!Array.isArray(changes)) {
    errors.push(`${at}: must be an array`);
    return [];
  }
  return changes.map((change, index) => {
    const ok = isRecord(change) && isCreditStatus(change.status) && isInstant(change.at);
    if (!ok) errors.push(`${at}[${index}]: must be { status, at } with a known status`);
    return isRecord(change) ? String(change.status) : '';
  });
}

function report(
  at: string,
  violations: readonly { pointer: string; code: string }[],
  errors: string[],
) {
  for (const violation of violations) {
    errors.push(`${at}${violation.pointer}: ${violation.code}`);
  }
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && Number(value) >= 0;
}

function isInstant(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}
