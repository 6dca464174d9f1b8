import { createGenerationContext, createPersona, generateFromSchema } from '../../data/index.js';
import type { CompiledContract } from '../../spec/index.js';
import { OPERATIONS, resolveDomainFields } from '../state/fields.js';
import { fileCredit } from '../state/file-credit.js';
import { copyFixtures, type MockFixtures } from '../state/fixtures.js';
import { registerProfile } from '../state/register-profile.js';
import { createStore, dumpStore, type MockStore } from '../state/store.js';
import { findJsonBody, getSeedContract, prepareSeedBody } from './prepare-body.js';
import { chooseSeedStatus, seedFilingTime, settleSeedCredit } from './seed-history.js';
import { SEED_REFERENCE_DATE, SEED_SIZE, SEED_VALID_ON, seedProfileTime } from './seed-plan.js';

/** What the seed is generated for. */
export interface SeedOptions {
  readonly contract: CompiledContract;
  readonly seed: number;
  /** Where the manual clock starts; written into the fixtures. */
  readonly clockStart: string;
  /** The property order of the spec's `Profile` schema. */
  readonly profileOrder: readonly string[];
}

/** Generated data by spec document, seed and start: generating is deterministic, so it is done once. */
const cache = new WeakMap<object, Map<string, MockFixtures>>();

/**
 * Generates the seed's data: 25 profiles from the spec's `adduser` body schema, one persona
 * each, and 50 credits from the `addcredit` body schema for those profiles, all stored through
 * the same checks and code as real requests, then given statuses and histories placed before
 * the clock's start (and, for those still moving, the statuses planned after it). The same seed
 * gives the same data on every run.
 *
 * @example
 * const fixtures = generateSeedFixtures({ contract, seed: 1, clockStart, profileOrder });
 * fixtures.credits.length; // 50
 */
export function generateSeedFixtures(options: SeedOptions): MockFixtures {
  const byDocument = cache.get(options.contract.document) ?? new Map<string, MockFixtures>();
  cache.set(options.contract.document, byDocument);
  const key = `${options.seed}@${options.clockStart}`;
  let generated = byDocument.get(key);
  if (generated === undefined) {
    generated = buildSeed(options);
    byDocument.set(key, generated);
  }
  return copyFixtures(generated);
}

function buildSeed(options: SeedOptions): MockFixtures {
  const store = createStore(resolveDomainFields(options.contract));
  const checker = getSeedContract(options.contract.document);
  seedProfiles(store, checker, options);
  seedCredits(store, checker, options);
  return dumpStore(store, { seed: options.seed, clockStart: options.clockStart });
}

function seedProfiles(store: MockStore, checker: CompiledContract, options: SeedOptions): void {
  const schema = findJsonBody(checker, OPERATIONS.addUser).schema ?? {};
  for (let index = 0; index < SEED_SIZE.profiles; index += 1) {
    const context = createGenerationContext({
      seed: options.seed,
      kind: 'profile',
      index,
      referenceDate: SEED_REFERENCE_DATE,
      validOn: SEED_VALID_ON,
    });
    const body = prepareSeedBody(checker, OPERATIONS.addUser, generateFromSchema(schema, context));
    const outcome = registerProfile(
      store,
      body,
      seedProfileTime(index, options.clockStart),
      options.profileOrder,
    );
    if (!outcome.ok) {
      throw new Error(`seeded profile ${index + 1} was refused: ${outcome.problem.type}`);
    }
  }
}

function seedCredits(store: MockStore, checker: CompiledContract, options: SeedOptions): void {
  const { seed, clockStart } = options;
  const schema = findJsonBody(checker, OPERATIONS.addCredit).schema ?? {};
  for (let index = 0; index < SEED_SIZE.credits; index += 1) {
    const owner = createPersona(seed, index % SEED_SIZE.profiles, {
      referenceDate: SEED_REFERENCE_DATE,
      validOn: SEED_VALID_ON,
    });
    const context = createGenerationContext({
      seed,
      kind: 'credit',
      index,
      persona: owner,
      referenceDate: SEED_REFERENCE_DATE,
    });
    const body = prepareSeedBody(
      checker,
      OPERATIONS.addCredit,
      generateFromSchema(schema, context),
    );
    const termDays = Number(body[store.fields.term]);
    const status = chooseSeedStatus(index);
    const filedAt = seedFilingTime(status, termDays, index, clockStart);
    const outcome = fileCredit(store, body, filedAt, { stepMs: 0 });
    if (!outcome.ok) {
      throw new Error(`seeded credit ${index + 1} was refused: ${outcome.problem.type}`);
    }
    const settled = settleSeedCredit(outcome.value, status, termDays, clockStart);
    store.credits.set(store.counters.creditid, settled);
  }
}
