/**
 * The mock's domain: the store of profiles and credits, the clock, the credit lifecycle and its
 * decision rule, the operation handlers, and the data as fixtures.
 *
 * @example
 * import { createMockState } from './mock/state/index.js';
 * const state = createMockState({ contract, seed: 1, clock: 'manual' });
 * const result = await state.handlers.creditstatus?.(request);
 */

/** The domain's entry point and its interface to the core. */
export { createMockState, type MockStateOptions } from './create-mock-state.js';
/** The domain over data already at hand, without the data generators. */
export {
  type BuildStateOptions,
  buildMockState,
  DEFAULT_STEP_DELAY_MS,
  type MockState,
} from './build-mock-state.js';
/** The data as a JSON file: its shape, and the check a loaded file must pass. */
export { checkFixtures, type FixturesCheck } from './check-fixtures.js';
export { FIXTURES_FORMAT, type MockFixtures } from './fixtures.js';
/** Reads and checks a fixtures file from disk. */
export { readFixturesFile } from './read-fixtures.js';
/** Where the manual clock starts. */
export { MANUAL_CLOCK_START } from './clock.js';
/** The decision rule of the lifecycle, and the statuses. */
export { DECISION_LIMITS, decideCredit, type Decision, type RejectionCode } from './decision.js';
export { CREDIT_STATUSES, type CreditStatusCode, STATUS_LABELS } from './statuses.js';
