import type { CompiledContract, JsonSchema } from '../../spec/index.js';
import { generateSeedFixtures } from '../seed/generate-seed.js';
import type { DomainProblem, HandlerResult, OperationHandler } from '../types.js';
import { checkFixtures } from './check-fixtures.js';
import { createClock, MANUAL_CLOCK_START } from './clock.js';
import { OPERATIONS, resolveDomainFields } from './fields.js';
import type { MockFixtures } from './fixtures.js';
import { createHandlers } from './handlers/index.js';
import { moveCredit } from './lifecycle.js';
import { clockNotManual, creditNotFound, toProblemResult, unknownStatus } from './problems.js';
import { CREDIT_STATUSES, isCreditStatus } from './statuses.js';
import { createStore, dumpStore, fillStore } from './store.js';
import { viewCreditStatus, viewCreditSummary } from './views.js';

/** How the mock's domain starts. */
export interface MockStateOptions {
  contract: CompiledContract;
  /** The seed of the generated data; 1 by default. */
  seed?: number | undefined;
  /** `real` (the default): the system time; `manual`: time moves only by `advanceClock`. */
  clock?: 'real' | 'manual' | undefined;
  /** The delay of each lifecycle step; 5000 ms by default. */
  stepDelayMs?: number | undefined;
  /** Data loaded from a `--data` file instead of generating the seed's. */
  data?: MockFixtures | undefined;
}

/** The mock's domain: its operation handlers, its clock, its data and the control actions. */
export interface MockState {
  /** The handlers of `adduser`, `addcredit`, `creditstatus` and `creditdocs`. */
  readonly handlers: Readonly<Record<string, OperationHandler>>;
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
  /** Moves the manual clock forward; on the real clock, a problem (409 `clock-not-manual`). */
  advanceClock(ms: number): DomainProblem | undefined;
  /** Moves a credit to a status now, along the valid path or straight to it. */
  setCreditStatus(creditid: number, status: string): HandlerResult;
  /** The data as a fixtures file holds it. */
  snapshot(): MockFixtures;
}

/** The default delay of each lifecycle step on any clock. */
export const DEFAULT_STEP_DELAY_MS = 5000;

/**
 * Creates the mock's domain over a compiled contract: a store filled with the seed's data (or
 * the given fixtures), a clock and the operation handlers. Throws when `data` is not valid
 * fixtures (check them with `checkFixtures` first to report the problems).
 *
 * @example
 * const state = createMockState({ contract, seed: 1, clock: 'manual' });
 * state.counts(); // { profiles: 25, credits: 50 }
 * state.advanceClock(10_000);
 */
export function createMockState(options: MockStateOptions): MockState {
  const { contract } = options;
  const fields = resolveDomainFields(contract);
  const profileOrder = readProfileOrder(contract);
  const stepMs = options.stepDelayMs ?? DEFAULT_STEP_DELAY_MS;

  // 1. The initial data: the loaded file, checked, or the seed's.
  const initial = options.data === undefined ? undefined : requireFixtures(options.data, contract);
  const clock = createClock(options.clock ?? 'real', initial?.clock_start ?? MANUAL_CLOCK_START);
  const clockStart = initial?.clock_start ?? MANUAL_CLOCK_START;
  const fixtures =
    initial ??
    generateSeedFixtures({ contract, seed: options.seed ?? 1, clockStart, profileOrder });

  // 2. The store and the handlers over it.
  const store = createStore(fields);
  fillStore(store, fixtures);
  const handlers = createHandlers({ store, clock, stepMs, profileOrder });

  return {
    handlers,
    now: () => clock.now(),
    today: () => clock.now().toISOString().slice(0, 10),
    counts: () => ({ profiles: store.profiles.size, credits: store.credits.size }),
    reset() {
      fillStore(store, fixtures);
      clock.reset();
    },
    listProfiles: () => dumpStore(store, { seed: fixtures.seed, clockStart }).profiles,
    listCredits: () =>
      dumpStore(store, { seed: fixtures.seed, clockStart }).credits.map((credit) =>
        viewCreditSummary(credit, clock.now(), fields),
      ),
    advanceClock: (ms) => (clock.advance(ms) ? undefined : clockNotManual()),
    setCreditStatus(creditid, status) {
      const credit = store.credits.get(creditid);
      if (credit === undefined) {
        return toProblemResult(creditNotFound(creditid));
      }
      if (!isCreditStatus(status)) {
        return toProblemResult(unknownStatus(status, CREDIT_STATUSES));
      }
      const moved = moveCredit(credit, status, clock.now());
      store.credits.set(creditid, moved);
      return { kind: 'json', status: 200, body: viewCreditStatus(moved, clock.now()) };
    },
    snapshot: () => dumpStore(store, { seed: fixtures.seed, clockStart }),
  };
}

function requireFixtures(data: MockFixtures, contract: CompiledContract): MockFixtures {
  const check = checkFixtures(data, contract);
  if (!check.ok) {
    throw new Error(`Failed to load the mock's data: ${check.errors.join('; ')}`);
  }
  return structuredClone(check.fixtures);
}

/** The property order of the `Profile` schema that `adduser` answers with. */
function readProfileOrder(contract: CompiledContract): string[] {
  const operation = contract.operation(OPERATIONS.addUser);
  const response = operation === undefined ? undefined : contract.findResponse(operation, 201);
  const schema = response?.content[0]?.schema as JsonSchema | undefined;
  return Object.keys((schema?.properties ?? {}) as object);
}
