import type { CompiledContract } from '../../spec/index.js';
import { generateSeedFixtures } from '../seed/generate-seed.js';
import { buildMockState, type MockState, readProfileOrder } from './build-mock-state.js';
import { requireFixtures } from './check-fixtures.js';
import { MANUAL_CLOCK_START } from './clock.js';
import type { MockFixtures } from './fixtures.js';

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
  const fixtures =
    options.data === undefined
      ? generateSeedFixtures({
          contract,
          seed: options.seed ?? 1,
          clockStart: MANUAL_CLOCK_START,
          profileOrder: readProfileOrder(contract),
        })
      : requireFixtures(options.data, contract);
  return buildMockState({
    contract,
    fixtures,
    clock: options.clock,
    stepDelayMs: options.stepDelayMs,
  });
}
