/**
 * The MicroF1 toolkit's public API. Each export is listed here on purpose; other modules are
 * internal and may change.
 */

/**
 * Starts a mock server on 127.0.0.1 and a free port, for a test suite.
 *
 * @example
 * const mock = await createMockServer({ seed: 1, clock: 'manual' });
 * await fetch(`${mock.url}/api/v1/status/credit?creditid=1`);
 * await mock.close();
 */
export { createMockServer, type MockServer, type MockServerOptions } from './http/mock-server.js';

/**
 * An Express middleware that answers the MicroF1 paths and `/__mock/`, and passes on the rest;
 * its `errors` handler answers body-parser errors on those paths as problems.
 *
 * @example
 * app.use(microf1Middleware({ clock: 'manual' }));
 */
export {
  type Microf1Middleware,
  type Microf1MiddlewareOptions,
  microf1Middleware,
} from './http/express-middleware.js';

/**
 * Serves a core with `node:http`, or plugs it into a `node:http` server of your own.
 *
 * @example
 * const server = await startNodeServer(core, { port: 4010 });
 */
export { createRequestListener, type StartedServer, startNodeServer } from './http/node-server.js';

/**
 * The mock's core, a pure function from a request to a response, and its assembly from a spec.
 *
 * @example
 * const assembled = await assembleMock({ strict: true });
 * if (assembled.ok) await assembled.mock.core.handle({ method: 'GET', url: '/__mock/health', headers: {}, body: new Uint8Array() });
 */
export {
  assembleMock,
  type Mock,
  type MockAssembly,
  type MockOptions,
} from './mock/core/create-mock.js';
export {
  createMockCore,
  DEFAULT_BODY_LIMIT_BYTES,
  type Journal,
  type JournalEntry,
  type MockCore,
  type MockCoreOptions,
} from './mock/core/index.js';
export type {
  DomainProblem,
  HandlerResult,
  MockRequest,
  MockResponse,
  OperationHandler,
  ValidatedRequest,
} from './mock/types.js';

/**
 * The PHP form codec: `application/x-www-form-urlencoded` with bracket notation.
 *
 * @example
 * encodePhpForm({ passport_who_blank: { issued_by: 'ОВД' } }); // 'passport_who_blank%5Bissued_by%5D=...'
 */
export { decodePhpForm, encodePhpForm, type PhpFormResult } from './forms/index.js';

/**
 * The toolkit's logger: pino with card numbers, INNs and passport data masked.
 *
 * @example
 * const logger = createLogger({ level: 'warn' });
 */
export { createLogger, type LoggerSetup } from './logging/index.js';

/**
 * The contract test runner: tests any implementation of the spec over HTTP (examples, generated
 * valid requests, one invalid request per rule, workflows) and reports every departure.
 *
 * @example
 * const outcome = await runContract({ baseUrl: 'http://127.0.0.1:4010', seed: 7 });
 * if (outcome.ok) process.exitCode = outcome.report.summary.failed === 0 ? 0 : 1;
 */
export {
  type ContractReport,
  loadWorkflows,
  renderConsoleSummary,
  renderJunit,
  type RunOptions,
  type RunOutcome,
  runContract,
  type Workflow,
} from './contract/index.js';
