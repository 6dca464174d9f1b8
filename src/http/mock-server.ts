import type { CompiledContract } from '../spec/compile.js';
import { assembleMock, type MockOptions } from '../mock/core/create-mock.js';
import type { MockCore } from '../mock/core/index.js';
import type { MockState } from '../mock/state/index.js';
import { startNodeServer } from './node-server.js';

/** Options of a mock server for a test suite: the mock's, plus where to listen. */
export interface MockServerOptions extends MockOptions {
  /** 127.0.0.1 by default. */
  readonly host?: string;
  /** 0 by default: a free port. */
  readonly port?: number;
}

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly core: MockCore;
  readonly state: MockState;
  readonly contract: CompiledContract;
  /** Back to the seed's data and the clock's start; the journal is cleared. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a MicroF1 mock server for a test suite: on 127.0.0.1 and a free port, strict unless told
 * otherwise (a response that breaks the contract becomes a 500 naming the violation).
 * Throws when the spec or the data cannot be loaded.
 *
 * @example
 * const mock = await createMockServer({ seed: 1, clock: 'manual' });
 * const response = await fetch(`${mock.url}/api/v1/status/credit?creditid=1`);
 * await mock.close();
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const assembled = await assembleMock({ strict: true, ...options });
  if (!assembled.ok) throw new Error(`Failed to start the mock: ${assembled.error}`);

  const { core, state, contract } = assembled.mock;
  const listenOptions = {
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
  };
  const started = await startNodeServer(core, listenOptions);
  return {
    url: started.url,
    port: started.port,
    core,
    state,
    contract,
    reset() {
      state.reset();
      core.journal.clear();
    },
    close: () => started.close(),
  };
}
