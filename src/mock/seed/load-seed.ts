import { readFile } from 'node:fs/promises';
import type { CompiledContract } from '../../spec/index.js';
import { readProfileOrder } from '../state/build-mock-state.js';
import { MANUAL_CLOCK_START } from '../state/clock.js';
import { FIXTURES_FORMAT, type MockFixtures } from '../state/fixtures.js';

/**
 * The default seed's data as committed: what the generators give for seed 1 and the toolkit's
 * own spec (a test keeps the two identical).
 */
export const DEFAULT_FIXTURES_URL = new URL('../../../fixtures/default.json', import.meta.url);

/** Which seed's data is wanted, and whether the spec is the toolkit's own. */
export interface SeedSource {
  readonly contract: CompiledContract;
  readonly seed: number;
  /** True when the contract was compiled from the toolkit's own spec file. */
  readonly isToolkitSpec: boolean;
  /** The committed data of the toolkit's spec; `DEFAULT_FIXTURES_URL` by default. */
  readonly committed?: URL;
}

/**
 * The seed's data, read from the committed default file when it holds that seed for the
 * toolkit's own spec, and generated otherwise. Generating needs the data generators, which are
 * heavy to load, so they are loaded only then.
 *
 * @example
 * const fixtures = await loadSeedFixtures({ contract, seed: 1, isToolkitSpec: true });
 */
export async function loadSeedFixtures(source: SeedSource): Promise<MockFixtures> {
  if (source.isToolkitSpec) {
    const committed = await readCommittedFixtures(
      source.committed ?? DEFAULT_FIXTURES_URL,
      source.seed,
    );
    if (committed !== undefined) return committed;
  }

  const { generateSeedFixtures } = await import('./generate-seed.js');
  return generateSeedFixtures({
    contract: source.contract,
    seed: source.seed,
    clockStart: MANUAL_CLOCK_START,
    profileOrder: readProfileOrder(source.contract),
  });
}

/** The committed default data when it is there and holds this seed; undefined otherwise. */
async function readCommittedFixtures(file: URL, seed: number): Promise<MockFixtures | undefined> {
  let value: Partial<MockFixtures>;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as Partial<MockFixtures>;
  } catch {
    return undefined;
  }
  const isWanted =
    value.format === FIXTURES_FORMAT &&
    value.seed === seed &&
    value.clock_start === MANUAL_CLOCK_START;
  return isWanted ? (value as MockFixtures) : undefined;
}
