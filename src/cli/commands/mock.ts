import { collectPiiFields } from '../../privacy/index.js';
import { createLogger } from '../../logging/index.js';
import { startNodeServer, type StartedServer } from '../../http/node-server.js';
import { assembleMock } from '../../mock/core/create-mock.js';
import { DEFAULT_SPEC_URL, loadSpec } from '../../spec/load.js';
import type { Command } from '../command.js';
import { quoteValue } from '../quote-value.js';
import { type MockSettings, readMockSettings } from './mock-options.js';

const HELP = `Usage: microf1 mock [options]

Serves a stateful MicroF1 backend driven by the spec, with seeded Russian clients and loans.

Options:
  -p, --port N        port to listen on (default 4010; 0 picks a free one)   MICROF1_PORT
      --host HOST     address to bind (default 127.0.0.1)                   MICROF1_HOST
      --spec FILE     the OpenAPI spec (default: the toolkit's own)          MICROF1_SPEC
      --seed N        seed of the generated data (default 1)                 MICROF1_SEED
      --data FILE     load this fixtures file instead of generating data     MICROF1_DATA
      --clock KIND    real (default) or manual (moved by the control API)    MICROF1_CLOCK
      --log-level L   trace, debug, info (default), warn, error, fatal, silent  MICROF1_LOG_LEVEL
      --strict        answer 500 when a response breaks the contract         MICROF1_STRICT=1
  -h, --help          show this help

Flags win over environment variables.

Examples:
  microf1 mock
  microf1 mock --port 8080 --clock manual --strict
  microf1 mock --data fixtures/default.json --log-level warn
  MICROF1_SEED=7 microf1 mock

Control API: POST /__mock/reset, GET /__mock/profiles, GET /__mock/credits,
POST /__mock/clock/advance, POST /__mock/credits/{creditid}/status, GET /__mock/journal,
GET /__mock/health (see spec/mock-control.openapi.yaml).
`;

/** `microf1 mock`: serves the mock until SIGINT or SIGTERM. */
export const mockCommand: Command = {
  name: 'mock',
  summary: 'serve the stateful MicroF1 mock server (default http://127.0.0.1:4010)',
  run: (argv) =>
    runMock(argv, {
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      stopped: waitForSignal(),
    }),
};

/** Where `microf1 mock` reads and writes, and what stops it; the process's own by default. */
export interface MockIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  /** Resolves when the server should stop (SIGINT or SIGTERM for the CLI). */
  readonly stopped: Promise<void>;
}

/** Runs `microf1 mock` with its arguments; resolves to the exit code once stopped. */
export async function runMock(argv: readonly string[], io: MockIo): Promise<number> {
  const read = readMockSettings(argv, io.env);
  if (!read.ok) {
    io.stderr.write(`microf1 mock: ${read.error}. Run "microf1 mock --help".\n`);
    return 2;
  }
  if (read.settings.help) {
    io.stdout.write(HELP);
    return 0;
  }
  return serveUntilStopped(read.settings, io);
}

async function serveUntilStopped(settings: MockSettings, io: MockIo): Promise<number> {
  const loaded = await loadSpec(settings.spec);
  if (!loaded.ok) {
    io.stderr.write(`microf1 mock: ${loaded.error}\n`);
    return 1;
  }
  // The spec's personal-data fields are masked by name in every log line.
  const logger = createLogger({
    level: settings.logLevel,
    pretty: io.stdout.isTTY === true,
    fields: collectPiiFields(loaded.document),
  });

  const assembled = await assembleMock({
    document: loaded.document,
    spec: settings.spec ?? DEFAULT_SPEC_URL,
    ...(settings.data === undefined ? {} : { dataFile: settings.data }),
    seed: settings.seed,
    clock: settings.clock,
    strict: settings.strict,
    logger,
  });
  if (!assembled.ok) {
    io.stderr.write(`microf1 mock: ${assembled.error}\n`);
    return 1;
  }
  const { core, state } = assembled.mock;

  let server: StartedServer;
  try {
    server = await startNodeServer(core, { host: settings.host, port: settings.port });
  } catch (error) {
    io.stderr.write(`microf1 mock: ${describeListenError(error, settings)}\n`);
    return 1;
  }

  const { profiles, credits } = state.counts();
  io.stderr.write(
    [
      `MicroF1 mock listening on ${server.url}`,
      `  data: ${profiles} profiles, ${credits} credits (${settings.data ?? `seed ${settings.seed}`}); clock: ${settings.clock}${settings.strict ? '; strict' : ''}`,
      `  control API: ${server.url}/__mock/ (health, reset, profiles, credits, clock/advance, journal)`,
      '',
    ].join('\n'),
  );

  await io.stopped;
  await server.close();
  logger.flush();
  return 0;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeListenError(error: unknown, settings: MockSettings): string {
  const code = (error as { code?: string }).code;
  const host = showHost(settings.host);
  const where = `${host}:${settings.port}`;
  if (code === 'EADDRINUSE') return `${where} is in use; choose another port with --port.`;
  if (code === 'EACCES') return `not allowed to listen on ${where}; choose a port above 1023.`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine.`;
  // node's message names the host as typed: quoted instead, so that it stays one line.
  const message = error instanceof Error ? error.message : String(error);
  return `cannot listen on ${where}: ${message.replaceAll(settings.host, host)}`;
}

/** A host as it was typed when that is plain text, else quoted with its control characters escaped. */
function showHost(host: string): string {
  const quoted = quoteValue(host);
  return quoted.slice(1, -1) === host ? host : quoted;
}
