import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { type CompiledContract, compileContract } from '../../spec/compile.js';
import { DEFAULT_SPEC_URL, loadSpec } from '../../spec/load.js';
import type { OpenApiDocument } from '../../spec/types.js';
import { loadSeedFixtures } from '../seed/load-seed.js';
import { buildMockState, type MockState } from '../state/build-mock-state.js';
import { requireFixtures } from '../state/check-fixtures.js';
import type { MockFixtures } from '../state/fixtures.js';
import { readFixturesFile } from '../state/read-fixtures.js';
import { createMockCore, type MockCore } from './create-core.js';

/** Everything a mock is made of; every field has a default. */
export interface MockOptions {
  /**
   * The MicroF1 spec file; the toolkit's own by default. With `document`, the file that
   * document was read from (it is not read again).
   */
  readonly spec?: string | URL;
  /** The spec as a parsed document, instead of reading a file. */
  readonly document?: OpenApiDocument;
  readonly seed?: number;
  readonly clock?: 'real' | 'manual';
  readonly stepDelayMs?: number;
  /** Data to start from instead of the seed's. */
  readonly data?: MockFixtures;
  /** A fixtures file to read the data from, checked against the spec. */
  readonly dataFile?: string;
  readonly strict?: boolean;
  readonly logger?: Logger;
  readonly bodyLimitBytes?: number;
  readonly journalSize?: number;
}

/** A mock ready to answer: its core, its state and the compiled contract. */
export interface Mock {
  readonly core: MockCore;
  readonly state: MockState;
  readonly contract: CompiledContract;
}

/** The outcome of assembling a mock: the mock, or one line saying why it could not start. */
export type MockAssembly =
  | { readonly ok: true; readonly mock: Mock }
  | { readonly ok: false; readonly error: string };

/**
 * Assembles a mock from a spec: compiles the contract (its date rules read the state's clock),
 * creates the state (from `data`, a data file, or the seed's data: the committed default file
 * for seed 1 of the toolkit's own spec, generated otherwise) and the core over both.
 *
 * @example
 * const assembled = await assembleMock({ seed: 1, clock: 'manual', strict: true });
 * if (assembled.ok) await assembled.mock.core.handle(request);
 */
export async function assembleMock(options: MockOptions = {}): Promise<MockAssembly> {
  let document = options.document;
  if (document === undefined) {
    const loaded = await loadSpec(options.spec);
    if (!loaded.ok) return { ok: false, error: loaded.error };
    document = loaded.document;
  }

  // The contract measures ages by the mock's clock, which exists only once the state does.
  let state: MockState | undefined;
  const contract = compileContract(document, {
    today: () => state?.today() ?? new Date().toISOString().slice(0, 10),
  });
  try {
    const initial = await loadInitialData(options, contract);
    if (!initial.ok) return initial;
    state = buildMockState({
      contract,
      fixtures: initial.fixtures,
      clock: options.clock,
      stepDelayMs: options.stepDelayMs,
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }

  const core = createMockCore({
    contract,
    state,
    ...(options.strict === undefined ? {} : { strict: options.strict }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
    ...(options.journalSize === undefined ? {} : { journalSize: options.journalSize }),
  });
  return { ok: true, mock: { core, state, contract } };
}

type InitialData =
  | { readonly ok: true; readonly fixtures: MockFixtures }
  | { readonly ok: false; readonly error: string };

/**
 * The data the mock starts from: `data`, else the `dataFile` (both checked against the spec),
 * else the seed's. Throws when `data` is not valid fixtures.
 */
async function loadInitialData(
  options: MockOptions,
  contract: CompiledContract,
): Promise<InitialData> {
  if (options.data !== undefined) {
    return { ok: true, fixtures: requireFixtures(options.data, contract) };
  }
  if (options.dataFile !== undefined) {
    return readFixturesFile(options.dataFile, contract);
  }
  const source = options.spec ?? (options.document === undefined ? DEFAULT_SPEC_URL : undefined);
  const fixtures = await loadSeedFixtures({
    contract,
    seed: options.seed ?? 1,
    isToolkitSpec: source !== undefined && toPath(source) === toPath(DEFAULT_SPEC_URL),
  });
  return { ok: true, fixtures };
}

function toPath(source: string | URL): string {
  return typeof source === 'string' ? resolve(source) : fileURLToPath(source);
}
