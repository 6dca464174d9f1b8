import { cardLast4, maskCardNumber } from '../../privacy/index.js';
import { type Decision, decideCredit, REJECTIONS } from './decision.js';
import { RECORD_FIELDS } from './fields.js';
import { DECISION_STEP, planLifecycle, type Scenario } from './lifecycle.js';
import type { Outcome } from './outcome.js';
import { unknownOwner } from './problems.js';
import type { DomainViolation } from '../types.js';
import type { CreditRecord, ProfileRecord } from './records.js';
import type { MockStore } from './store.js';

/** How a new credit moves on: the delay of each step, and the outcome a client asked for. */
export interface FilingOptions {
  readonly stepMs: number;
  readonly scenario?: Scenario | undefined;
}

/**
 * Files a loan application from a validated, normalised `addcredit` body. The card number is
 * masked here, before anything is stored. The owner must have a profile (422 otherwise). The
 * decision rule is applied now, for the day the decision falls on, and the lifecycle planned.
 */
export function fileCredit(
  store: MockStore,
  body: Readonly<Record<string, unknown>>,
  at: Date,
  options: FilingOptions,
): Outcome<CreditRecord> {
  const { fields } = store;
  const owner = store.profiles.get(String(body[fields.creditOwner]));
  if (owner === undefined) {
    return { ok: false, problem: unknownOwner(fields.creditOwner) };
  }

  const { [fields.cardNumber]: card, ...rest } = body;
  const cardNumber = String(card ?? '');
  store.counters.creditid += 1;
  const application = {
    [RECORD_FIELDS.creditId]: store.counters.creditid,
    ...rest,
    [RECORD_FIELDS.cardMasked]: maskCardNumber(cardNumber),
    [RECORD_FIELDS.cardLast4]: cardLast4(cardNumber),
    [RECORD_FIELDS.createdAt]: at.toISOString(),
  };

  const decisionAt = new Date(at.getTime() + DECISION_STEP * options.stepMs);
  const plan = planLifecycle({
    createdAt: at,
    stepMs: options.stepMs,
    termDays: Number(body[fields.term]),
    decision: decideCredit(readDecisionInput(store, owner, body, decisionAt)),
    scenario: options.scenario,
  });
  const credit: CreditRecord = { application, ...plan };
  store.credits.set(store.counters.creditid, credit);
  return { ok: true, value: credit };
}

/**
 * The decision rule's outcome for a stored application, decided for the day of `decisionAt`. A
 * credit whose owner has no profile (which filing never lets in) has nothing to decide on: it
 * is rejected as by hand.
 */
export function decideStoredCredit(
  store: MockStore,
  application: Readonly<Record<string, unknown>>,
  decisionAt: Date,
): Decision {
  const owner = store.profiles.get(String(application[store.fields.creditOwner]));
  if (owner === undefined) return { outcome: 'rejected', rejection: REJECTIONS.manual };
  return decideCredit(readDecisionInput(store, owner, application, decisionAt));
}

function readDecisionInput(
  store: MockStore,
  owner: ProfileRecord,
  body: Readonly<Record<string, unknown>>,
  decisionAt: Date,
) {
  const { fields } = store;
  return {
    amount: String(body[fields.amount]),
    income: Number(owner[fields.income] ?? 0),
    otherIncome: Number(owner[fields.otherIncome] ?? 0),
    birthDate: String(owner[fields.birthDate]),
    decisionDay: decisionAt.toISOString().slice(0, 10),
  };
}

/**
 * The violation of an application whose owner's key names no profile, for the core to list with
 * the schema's when the application broke it too. A key that is not text is the schema's to refuse.
 */
export function findUnknownOwner(store: MockStore, body: unknown): readonly DomainViolation[] {
  const key =
    typeof body === 'object' && body !== null
      ? Reflect.get(body, store.fields.creditOwner)
      : undefined;
  if (typeof key !== 'string' || store.profiles.has(key)) return [];
  return unknownOwner(store.fields.creditOwner).errors ?? [];
}
