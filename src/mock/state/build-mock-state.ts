import type { CompiledContract, JsonSchema } from '../../spec/index.js';
import type { HandlerResult, OperationHandler, ReferenceCheck } from '../types.js';
import { createClock, createDayReader } from './clock.js';
import { OPERATIONS, resolveDomainFields } from './fields.js';
import type { MockFixtures } from './fixtures.js';
import { createHandlers } from './handlers/index.js';
import { DECISION_STEP, moveCredit } from './lifecycle.js';
import { decideStoredCredit, findUnknownOwner } from './file-credit.js';
import { creditNotFound, toProblemResult, unknownStatus } from './problems.js';
import { CREDIT_STATUSES, isCreditStatus } from './statuses.js';
import { shiftFixtures } from './shift-fixtures.js';
import { createStore, dumpStore, fillStore } from './store.js';
import { viewCreditStatus, viewCreditSummary } from './views.js';

/** The mock's domain: its operation handlers, its clock, its data and the control actions. */
export interface MockState {
  /** The handlers of `adduser`, `addcredit`, `creditstatus` and `creditdocs`. */
  readonly handlers: Readonly<Record<string, OperationHandler>>;
  /** The rules the core asks about a request the schema refused too, by operationId. */
  readonly referenceChecks?: Readonly<Record<string, ReferenceCheck>>;
  now(): Date;
  /** The clock's day, `YYYY-MM-DD` (UTC), for the date rules of the contract. */
  today(): string;
  counts(): { profiles: number; credits: number };
  /** Back to the initial data; the manual clock back to its start. */
  reset(): void;
  /** The profiles as the spec's `Profile` schema, in `userid` order. */
  listProfiles(): readonly unknown[];
  /** The credits as the spec's `CreditStatus` with the owner's INN, amount, term and percent. */
  listCredits(): readonly unknown[];
  /** Moves the clock forward, the real one too (on top of the system time). */
  advanceClock(ms: number): void;
  /** Moves a credit to a status now along the lifecycle's moves, from `new` again if need be. */
  setCreditStatus(creditid: number, status: string): HandlerResult;
  /** The data as a fixtures file holds it. */
  snapshot(): MockFixtures;
}

/** The default delay of each lifecycle step on any clock. */
export const DEFAULT_STEP_DELAY_MS = 5000;

/** A domain over data already checked: the fixtures are trusted as they are. */
export interface BuildStateOptions {
  readonly contract: CompiledContract;
  /** The initial data; kept as it is for `reset`, so not to be changed by the caller. */
  readonly fixtures: MockFixtures;
  readonly clock?: 'real' | 'manual' | undefined;
  readonly stepDelayMs?: number | undefined;
}

/**
 * Builds the mock's domain from data already checked or generated: a store filled with it, a
 * clock starting at its `clock_start`, and the operation handlers. It never generates data, so
 * it loads none of the data generators.
 *
 * @example
 * const state = buildMockState({ contract, fixtures, clock: 'manual' });
 */
export function buildMockState(options: BuildStateOptions): MockState {
  const { contract, fixtures } = options;
  const fields = resolveDomainFields(contract);
  const clock = createClock(options.clock ?? 'real', fixtures.clock_start);
  const stepMs = options.stepDelayMs ?? DEFAULT_STEP_DELAY_MS;

  // The data is placed on the clock as it stands: the manual clock starts at the data's own
  // `clock_start`; on the real clock, what was two days old at that start is two days old now.
  const store = createStore(fields);
  let clockStart = fixtures.clock_start;
  const fill = (): void => {
    const placed = shiftFixtures(fixtures, clock.now());
    clockStart = placed.clock_start;
    fillStore(store, placed);
  };
  fill();
  const handlers = createHandlers({
    store,
    clock,
    stepMs,
    profileOrder: readProfileOrder(contract),
  });
  const dump = () => dumpStore(store, { seed: fixtures.seed, clockStart });

  return {
    handlers,
    referenceChecks: { [OPERATIONS.addCredit]: (body) => findUnknownOwner(store, body) },
    now: () => clock.now(),
    today: createDayReader(clock),
    counts: () => ({ profiles: store.profiles.size, credits: store.credits.size }),
    reset() {
      clock.reset();
      fill();
    },
    listProfiles: () => dump().profiles,
    listCredits: () =>
      dump().credits.map((credit) => viewCreditSummary(credit, clock.now(), fields)),
    advanceClock: (ms) => clock.advance(ms),
    setCreditStatus(creditid, status) {
      const credit = store.credits.get(creditid);
      if (credit === undefined) {
        return toProblemResult(creditNotFound(creditid));
      }
      if (!isCreditStatus(status)) {
        return toProblemResult(unknownStatus(status, CREDIT_STATUSES));
      }
      const now = clock.now();
      const moved = moveCredit(credit, status, now, {
        stepMs,
        termDays: Number(credit.application[fields.term]),
        // Decided as a filed credit is: for the day it is reached, two steps on at most.
        decide: () =>
          decideStoredCredit(
            store,
            credit.application,
            new Date(now.getTime() + DECISION_STEP * stepMs),
          ),
      });
      store.credits.set(creditid, moved);
      return { kind: 'json', status: 200, body: viewCreditStatus(moved, now) };
    },
    snapshot: dump,
  };
}

/** The property order of the `Profile` schema that `adduser` answers with. */
export function readProfileOrder(contract: CompiledContract): string[] {
  const operation = contract.operation(OPERATIONS.addUser);
  const response = operation === undefined ? undefined : contract.findResponse(operation, 201);
  const schema = response?.content[0]?.schema as JsonSchema | undefined;
  return Object.keys((schema?.properties ?? {}) as object);
}
