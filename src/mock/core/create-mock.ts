import type { Logger } from 'pino';
import { type CompiledContract, compileContract } from '../../spec/compile.js';
import { loadSpec } from '../../spec/load.js';
import type { OpenApiDocument } from '../../spec/types.js';
import {
  createMockState,
  type MockFixtures,
  type MockState,
  readFixturesFile,
} from '../state/index.js';
import { createMockCore, type MockCore } from './create-core.js';

/** Everything a mock is made of; every field has a default. */
export interface MockOptions {
  /** The MicroF1 spec file; the toolkit's own by default. */
  readonly spec?: string | URL;
  /** The spec as a parsed document, instead of a file. */
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
 * creates the state (seeded or from `data`) and the core over both.
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
  let data = options.data;
  if (options.dataFile !== undefined) {
    const read = await readFixturesFile(options.dataFile, contract);
    if (!read.ok) return { ok: false, error: read.error };
    data = read.fixtures;
  }
  try {
    state = createMockState({
      contract,
      seed: options.seed,
      clock: options.clock,
      stepDelayMs: options.stepDelayMs,
      data,
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
