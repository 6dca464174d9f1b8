import type { CompiledContract } from '../spec/compile.js';
import { assembleMock, type MockOptions } from '../mock/core/create-mock.js';
import type { MockCore } from '../mock/core/index.js';
import type { MockState } from '../mock/state/index.js';
import { assertMockServerOptions } from './check-server-options.js';
import { startNodeServer } from './node-server.js';

/** Options of a mock server for a test suite: the mock's, plus where to listen. */
export interface MockServerOptions extends MockOptions {
  /** 127.0.0.1 by default; an empty host is refused (node would listen on every interface). */
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
 * Rejects with a `TypeError` or `RangeError` naming the option when an option is not one the
 * mock takes (the CLI's rules: a port from 0 to 65535, a seed from 0 to 2147483647, the clock
 * "real" or "manual", a host that is not empty), and with an `Error` when the spec or the data
 * cannot be loaded.
 *
 * @example
 * const mock = await createMockServer({ seed: 1, clock: 'manual' });
 * const response = await fetch(`${mock.url}/api/v1/status/credit?creditid=1`);
 * await mock.close();
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  assertMockServerOptions(options);
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
