import type { CreditRecord, StatusChange } from '../state/records.js';
import { CREDIT_STATUSES, type CreditStatusCode } from '../state/statuses.js';
import { SEED_DELAYS } from './seed-plan.js';

/** The statuses seeded credits are given in turn, so that every status is present. */
const STATUS_CYCLE: readonly CreditStatusCode[] = CREDIT_STATUSES;

/** Statuses only an approved credit can have. */
const APPROVED_BRANCH: readonly CreditStatusCode[] = ['approved', 'issued', 'repaid', 'overdue'];

/**
 * Gives a freshly filed seeded credit its final status and a settled history at fixed instants
 * from its filing time. Seeded credits take the statuses in turn; one due to be approved but
 * refused by the decision rule is rejected with the rule's reason, and one due to be rejected
 * that the rule would approve is rejected manually.
 */
export function settleSeedCredit(
  credit: CreditRecord,
  index: number,
  termDays: number,
): CreditRecord {
  const wanted = STATUS_CYCLE[index % STATUS_CYCLE.length] ?? 'new';
  const target =
    APPROVED_BRANCH.includes(wanted) && credit.rejection !== undefined ? 'rejected' : wanted;

  const history = buildSeedHistory(credit, target, termDays);
  const settled = { application: credit.application, history, planned: [] };
  return target === 'rejected' ? { ...settled, rejection: credit.rejection ?? 'manual' } : settled;
}

function buildSeedHistory(
  credit: CreditRecord,
  target: CreditStatusCode,
  termDays: number,
): StatusChange[] {
  const first = credit.history[0];
  const filedMs = Date.parse(first?.at ?? '');
  const reviewMs = filedMs + SEED_DELAYS.review;
  const decisionMs = filedMs + SEED_DELAYS.decision;
  const issueMs = decisionMs + SEED_DELAYS.issue;
  const endMs =
    target === 'repaid'
      ? issueMs + Math.max(1, Math.floor(termDays / 2)) * SEED_DELAYS.day
      : issueMs + (termDays + 1) * SEED_DELAYS.day;

  const timeline: ReadonlyArray<readonly [CreditStatusCode, number]> = [
    ['new', filedMs],
    ['in_review', reviewMs],
    [target === 'rejected' ? 'rejected' : 'approved', decisionMs],
    ['issued', issueMs],
    [target, endMs],
  ];
  const depth = {
    new: 1,
    in_review: 2,
    approved: 3,
    rejected: 3,
    issued: 4,
    repaid: 5,
    overdue: 5,
  };
  return timeline
    .slice(0, depth[target])
    .map(([status, at]) => ({ status, at: new Date(at).toISOString() }));
}
