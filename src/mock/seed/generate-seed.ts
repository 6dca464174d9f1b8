import { createGenerationContext, createPersona, generateFromSchema } from '../../data/index.js';
import type { CompiledContract } from '../../spec/index.js';
import { OPERATIONS, resolveDomainFields } from '../state/fields.js';
import { fileCredit } from '../state/file-credit.js';
import { copyFixtures, type MockFixtures } from '../state/fixtures.js';
import { registerProfile } from '../state/register-profile.js';
import { createStore, dumpStore, type MockStore } from '../state/store.js';
import { findJsonBody, getSeedContract, prepareSeedBody } from './prepare-body.js';
import { seedCreditTime, SEED_REFERENCE_DATE, SEED_SIZE, seedProfileTime } from './seed-plan.js';
import { settleSeedCredit } from './seed-history.js';

/** What the seed is generated for. */
export interface SeedOptions {
  readonly contract: CompiledContract;
  readonly seed: number;
  /** Where the manual clock starts; written into the fixtures. */
  readonly clockStart: string;
  /** The property order of the spec's `Profile` schema. */
  readonly profileOrder: readonly string[];
}

/** Generated data by spec document and seed: generating is deterministic, so it is done once. */
const cache = new WeakMap<object, Map<number, MockFixtures>>();

/**
 * Generates the seed's data: 25 profiles from the spec's `adduser` body schema, one persona
 * each, and 50 credits from the `addcredit` body schema for those profiles, all stored through
 * the same checks and code as real requests, then given statuses and histories at fixed
 * instants. The same seed gives the same data on every run.
 *
 * @example
 * const fixtures = generateSeedFixtures({ contract, seed: 1, clockStart, profileOrder });
 * fixtures.credits.length; // 50
 */
export function generateSeedFixtures(options: SeedOptions): MockFixtures {
  const byDocument = cache.get(options.contract.document) ?? new Map<number, MockFixtures>();
  cache.set(options.contract.document, byDocument);
  let generated = byDocument.get(options.seed);
  if (generated === undefined) {
    generated = buildSeed(options);
    byDocument.set(options.seed, generated);
  }
  return { ...copyFixtures(generated), clock_start: options.clockStart };
}

function buildSeed(options: SeedOptions): MockFixtures {
  const store = createStore(resolveDomainFields(options.contract));
  const checker = getSeedContract(options.contract.document);
  seedProfiles(store, checker, options);
  seedCredits(store, checker, options.seed);
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
    });
    const body = prepareSeedBody(checker, OPERATIONS.addUser, generateFromSchema(schema, context));
    const outcome = registerProfile(store, body, seedProfileTime(index), options.profileOrder);
    if (!outcome.ok) {
      throw new Error(`seeded profile ${index + 1} was refused: ${outcome.problem.type}`);
    }
  }
}

function seedCredits(store: MockStore, checker: CompiledContract, seed: number): void {
  const schema = findJsonBody(checker, OPERATIONS.addCredit).schema ?? {};
  for (let index = 0; index < SEED_SIZE.credits; index += 1) {
    const owner = createPersona(seed, index % SEED_SIZE.profiles, {
      referenceDate: SEED_REFERENCE_DATE,
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
    const outcome = fileCredit(store, body, seedCreditTime(index), { stepMs: 0 });
    if (!outcome.ok) {
      throw new Error(`seeded credit ${index + 1} was refused: ${outcome.problem.type}`);
    }
    const termDays = Number(body[store.fields.term]);
    const settled = settleSeedCredit(outcome.value, index, termDays);
    store.credits.set(store.counters.creditid, settled);
  }
}
