import { DEFAULT_STEP_DELAY_MS } from '../state/build-mock-state.js';
import { findOverdueInstant, planSteps } from '../state/lifecycle.js';
import type { CreditRecord, StatusChange } from '../state/records.js';
import { CREDIT_STATUSES, type CreditStatusCode } from '../state/statuses.js';
import { DAY_MS, HOUR_MS, SEED_DELAYS } from './seed-plan.js';

/** Statuses only an approved credit can have. */
const APPROVED_BRANCH: readonly CreditStatusCode[] = ['approved', 'issued', 'repaid', 'overdue'];

/** The status seeded credit `index` is given: all of them in turn, so every status is present. */
export function chooseSeedStatus(index: number): CreditStatusCode {
  return CREDIT_STATUSES[index % CREDIT_STATUSES.length] ?? 'new';
}

/**
 * When a seeded credit with that status and term was filed, before the clock's start, so that
 * its status is the one the lifecycle gives at the start: a `new` one an hour before, an issued
 * one well inside its term, an overdue one past its due date, a repaid one long ago.
 */
export function seedFilingTime(
  status: CreditStatusCode,
  termDays: number,
  index: number,
  clockStart: string,
): Date {
  const daysBefore: Record<CreditStatusCode, number> = {
    new: 0,
    in_review: 0,
    approved: 2,
    rejected: 2 + (index % 5),
    issued: Math.max(2, Math.floor(termDays / 2)),
    repaid: termDays + 10,
    overdue: termDays + 5,
  };
  const hoursBefore = status === 'new' ? 1 : status === 'in_review' ? 3 : index % 8;
  return new Date(
    Date.parse(clockStart) - daysBefore[status] * DAY_MS - hoursBefore * HOUR_MS - index * 60_000,
  );
}

/**
 * Gives a freshly filed seeded credit the history that leads to its status by the clock's start,
 * and plans the rest of its lifecycle after the start, one default step apart, as for any credit:
 * a `new` one is reviewed and decided by the decision rule, an issued one becomes overdue the day
 * after its due date. One due to be approved but refused by the rule is rejected with the rule's
 * reason, and one due to be rejected that the rule would approve is rejected manually.
 */
export function settleSeedCredit(
  credit: CreditRecord,
  wanted: CreditStatusCode,
  termDays: number,
  clockStart: string,
): CreditRecord {
  const refused = credit.rejection !== undefined;
  const target = APPROVED_BRANCH.includes(wanted) && refused ? 'rejected' : wanted;
  const timeline = buildTimeline(credit, target, refused, termDays);

  const depth = timeline.findIndex(([status]) => status === target) + 1;
  const history = timeline.slice(0, depth).map(toChange);
  // The statuses still to come are planned after the start, as for a credit filed then.
  const rest = timeline.slice(depth).map(([status]) => status);
  const start = new Date(clockStart);
  const planned = isSettled(target)
    ? []
    : planSteps(rest, start, DEFAULT_STEP_DELAY_MS, { termDays, history });

  const settled = { application: credit.application, history, planned };
  const rejection = target === 'rejected' ? (credit.rejection ?? 'manual') : credit.rejection;
  return rejection === undefined ? settled : { ...settled, rejection };
}

type Step = readonly [CreditStatusCode, number];

/** Every status the credit passes through, each at its seeded instant before the start. */
function buildTimeline(
  credit: CreditRecord,
  target: CreditStatusCode,
  refused: boolean,
  termDays: number,
): Step[] {
  const filedMs = Date.parse(credit.history[0]?.at ?? '');
  const reviewMs = filedMs + SEED_DELAYS.review;
  const decisionMs = filedMs + SEED_DELAYS.decision;
  if (target === 'rejected' || refused) {
    return [
      ['new', filedMs],
      ['in_review', reviewMs],
      ['rejected', decisionMs],
    ];
  }
  const issueMs = decisionMs + SEED_DELAYS.issue;
  const end: Step =
    target === 'repaid'
      ? ['repaid', issueMs + Math.max(1, Math.floor(termDays / 2)) * DAY_MS]
      : ['overdue', Date.parse(findOverdueInstant(new Date(decisionMs).toISOString(), termDays))];
  return [
    ['new', filedMs],
    ['in_review', reviewMs],
    ['approved', decisionMs],
    ['issued', issueMs],
    end,
  ];
}

function isSettled(status: CreditStatusCode): boolean {
  return status === 'rejected' || status === 'repaid' || status === 'overdue';
}

function toChange([status, at]: Step): StatusChange {
  return { status, at: new Date(at).toISOString() };
}
