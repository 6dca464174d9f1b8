import type { Decision, RejectionCode } from './decision.js';
import type { CreditRecord, StatusChange } from './records.js';
import { type CreditStatusCode, findStatusPath } from './statuses.js';

/** An outcome a client may ask for with `Prefer: scenario=<status>`. */
export type Scenario = 'approved' | 'rejected' | 'issued' | 'repaid' | 'overdue';

/** The statuses a scenario passes through after `new`. */
const SCENARIO_PATHS: Readonly<Record<Scenario, readonly CreditStatusCode[]>> = {
  approved: ['in_review', 'approved'],
  rejected: ['in_review', 'rejected'],
  issued: ['in_review', 'approved', 'issued'],
  repaid: ['in_review', 'approved', 'issued', 'repaid'],
  overdue: ['in_review', 'approved', 'issued', 'overdue'],
};

const DAY_MS = 86_400_000;

/** The step at which the decision (approval or rejection) is reached: `new`, `in_review`, then it. */
export const DECISION_STEP = 2;

/** What the lifecycle of a new credit is planned from. */
export interface LifecyclePlanInput {
  readonly createdAt: Date;
  /** The delay of each step of the lifecycle. */
  readonly stepMs: number;
  /** The loan term in days: an issued loan is overdue once it has passed. */
  readonly termDays: number;
  /** The decision rule's outcome for the application. */
  readonly decision: Decision;
  readonly scenario?: Scenario | undefined;
}

/** The lifecycle of a new credit: its first status, the statuses planned, the rejection if any. */
export type LifecyclePlan = Pick<CreditRecord, 'history' | 'planned' | 'rejection'>;

/**
 * Plans a new credit's lifecycle. Every status comes one step after the one before. A scenario
 * fixes the path and where it ends. Without one, the decision rule decides after review; an
 * approved loan is issued one step later and becomes overdue the day after its due date, unless
 * the control API marks it repaid first.
 */
export function planLifecycle(input: LifecyclePlanInput): LifecyclePlan {
  const history = [{ status: 'new' as const, at: input.createdAt.toISOString() }];

  const path = choosePath(input.decision, input.scenario);
  // Without a scenario, an issued loan falls overdue the day after its due date.
  const due = input.scenario === undefined ? { termDays: input.termDays } : undefined;
  const statuses =
    due !== undefined && path.at(-1) === 'issued' ? [...path, 'overdue' as const] : path;
  const planned = planSteps(statuses, input.createdAt, input.stepMs, due);

  const rejection = chooseRejection(input.decision, input.scenario);
  return rejection === undefined ? { history, planned } : { history, planned, rejection };
}

/** When an `overdue` planned by `planSteps` falls: the day after the loan's due date. */
export interface FallingDue {
  /** The loan term in days. */
  readonly termDays: number;
  /** The statuses already reached, where the approval may be. */
  readonly history?: readonly StatusChange[];
}

/**
 * Plans statuses one step apart after an instant, as the lifecycle moves a credit on. With
 * `due`, an `overdue` falls instead the day after the due date of the contract signed on
 * approval, found in its history or among the statuses planned before it (and is not planned
 * without one); without, it is one more step, as a scenario asks.
 */
export function planSteps(
  statuses: readonly CreditStatusCode[],
  from: Date,
  stepMs: number,
  due?: FallingDue,
): StatusChange[] {
  let approvedAt = due?.history?.find((change) => change.status === 'approved')?.at;
  const planned: StatusChange[] = [];
  statuses.forEach((status, index) => {
    const at = new Date(from.getTime() + (index + 1) * stepMs).toISOString();
    if (status === 'approved') approvedAt ??= at;
    if (status !== 'overdue' || due === undefined) {
      planned.push({ status, at });
    } else if (approvedAt !== undefined) {
      planned.push({ status, at: findOverdueInstant(approvedAt, due.termDays) });
    }
  });
  return planned;
}

/**
 * When an unpaid loan becomes overdue: the day after its due date, the contract's date (the day of
 * approval, UTC) plus the term in days. The contract says "no later than" the due date, so the
 * whole due date is the borrower's.
 */
export function findOverdueInstant(approvedAt: string, termDays: number): string {
  const approvedMs = Date.parse(approvedAt);
  const contractDayMs = approvedMs - (approvedMs % DAY_MS);
  return new Date(contractDayMs + (termDays + 1) * DAY_MS).toISOString();
}

function choosePath(
  decision: Decision,
  scenario: Scenario | undefined,
): readonly CreditStatusCode[] {
  if (scenario !== undefined) {
    return SCENARIO_PATHS[scenario];
  }
  return decision.outcome === 'approved' ? SCENARIO_PATHS.issued : SCENARIO_PATHS.rejected;
}

function chooseRejection(
  decision: Decision,
  scenario: Scenario | undefined,
): RejectionCode | undefined {
  if (scenario === 'rejected') {
    return 'requested_scenario';
  }
  if (scenario === undefined && decision.outcome === 'rejected') {
    return decision.rejection.code;
  }
  return undefined;
}

/** The statuses a credit has reached by an instant, oldest first. */
export function readHistory(credit: CreditRecord, now: Date): readonly StatusChange[] {
  if (credit.planned.length === 0) {
    return credit.history;
  }
  // Instants are all written by toISOString (UTC, fixed width), so they order as text.
  const at = now.toISOString();
  const reached = credit.planned.filter((change) => change.at <= at);
  return reached.length === 0 ? credit.history : [...credit.history, ...reached];
}

/** The last status of a history. */
export function lastChange(history: readonly StatusChange[]): StatusChange {
  const last = history.at(-1);
  if (last === undefined) {
    throw new Error('a credit history is never empty');
  }
  return last;
}

/** What a credit moved by hand needs to move on by itself from where it was put. */
export interface ContinuationInput {
  /** The delay of each step of the lifecycle. */
  readonly stepMs: number;
  /** The loan term in days: an issued loan is overdue once it has passed. */
  readonly termDays: number;
  /** The decision rule's outcome for the application, asked only when a decision is still to come. */
  readonly decide: () => Decision;
}

/**
 * Moves a credit to a status now, through every status on the lifecycle's path to it. When no
 * path leads there from where it stands (backwards, or across branches), its lifecycle starts over
 * from its filing: the history keeps `new` and then follows the path from `new`. Either way the
 * history only makes the moves of the lifecycle. The plans it had are dropped; with `onward`, it
 * then goes on from the new status as a filed credit does: reviewed and decided by the decision
 * rule one step after another, issued a step after approval, and overdue the day after its due
 * date. A move to `rejected` records a manual rejection unless the credit was already on its way
 * there.
 */
export function moveCredit(
  credit: CreditRecord,
  target: CreditStatusCode,
  now: Date,
  onward?: ContinuationInput,
): CreditRecord {
  const history = readHistory(credit, now);
  const current = lastChange(history).status;
  const forward = findStatusPath(current, target);
  const kept = forward === undefined ? history.slice(0, 1) : history;
  const path = forward ?? findStatusPath('new', target) ?? [];
  const at = now.toISOString();
  const moved = [...kept, ...path.map((status) => ({ status, at }))];

  if (target === 'rejected') {
    const rejection = current === 'rejected' ? (credit.rejection ?? 'manual') : 'manual';
    return { application: credit.application, history: moved, planned: [], rejection };
  }
  const next = onward === undefined ? undefined : planOnward(moved, now, onward);
  const base = { application: credit.application, history: moved, planned: next?.planned ?? [] };
  return next?.rejection === undefined ? base : { ...base, rejection: next.rejection };
}

/** The statuses a credit standing at the end of `history` reaches by itself from `now`. */
function planOnward(
  history: readonly StatusChange[],
  now: Date,
  input: ContinuationInput,
): { planned: StatusChange[]; rejection?: RejectionCode } {
  const current = lastChange(history).status;
  const undecided = current === 'new' || current === 'in_review';
  const decision = undecided ? input.decide() : undefined;
  const course: readonly CreditStatusCode[] = [
    'new',
    ...(decision === undefined ? SCENARIO_PATHS.issued : choosePath(decision, undefined)),
  ];
  const from = course.indexOf(current);
  if (from < 0) return { planned: [] };

  const rest = course.slice(from + 1);
  const statuses = course.at(-1) === 'issued' ? [...rest, 'overdue' as const] : rest;
  const planned = planSteps(statuses, now, input.stepMs, { termDays: input.termDays, history });
  const rejection = decision?.outcome === 'rejected' ? decision.rejection.code : undefined;
  return rejection === undefined ? { planned } : { planned, rejection };
}
