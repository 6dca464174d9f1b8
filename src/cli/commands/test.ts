import {
  checkOutDir,
  createProgressPrinter,
  loadWorkflows,
  renderConsoleSummary,
  runContract,
  writeReports,
  writesFiles,
} from '../../contract/index.js';
import { maskUrlCredentials } from '../../contract/http/url.js';
import type { Command } from '../command.js';
import { readTestSettings, type TestSettings } from './test-options.js';

const HELP = `Usage: microf1 test --base-url URL [options]

Tests a MicroF1 implementation against the spec over HTTP: examples and generated valid requests
must be accepted, one invalid request per rule of the schema must be refused, workflows
(contract-tests/workflows/) must hold, and every response must match the spec.

Options:
      --base-url URL        the implementation under test (required)
      --spec FILE           the OpenAPI spec (default: the toolkit's own)
      --seed N              seed of generated data; the same seed sends the same requests
      --reporter NAMES      console, junit, json; comma-separated or repeated (default console)
      --out DIR             folder of the junit and json reports (default reports/)
      --operations IDS      only these operationIds (comma-separated or repeated)
      --checks NAMES        only these checks (comma-separated or repeated)
      --timeout-ms N        how long to wait for one response, at least 1 (default 10000)
      --max-response-ms N   fail responses slower than this, at least 1 (response-time check)
      --header 'Name: v'    send this header with every request (repeatable), e.g. for auth
      --control-url URL     the mock's control API, to move its clock in workflows
                            (default: used when /__mock/health answers on the base URL)
      --no-control          never use a control API (not with --control-url)
      --workflows DIR       workflows to run (default: contract-tests/workflows/)
  -h, --help                show this help

Progress and the console report go to stderr; stdout stays clean.
Exit codes: 0 every check passed, 1 contract failures, 2 usage error, unreadable spec,
unreachable target, or a selection that tests nothing.

Examples:
  microf1 test --base-url http://127.0.0.1:4010
  microf1 test --base-url http://127.0.0.1:4010 --reporter console,junit,json --out reports
  microf1 test --base-url https://staging.example --header 'Authorization: Bearer TOKEN' --no-control
  microf1 test --base-url http://127.0.0.1:4010 --operations adduser --checks response-schema --seed 42
`;

/**
 * `microf1 test`: the contract test runner. Its name and summary are listed in `commands`, which
 * loads this module only when the command runs.
 */
export const testCommand: Pick<Command, 'run'> = {
  async run(argv) {
    const read = readTestSettings(argv);
    if (!read.ok) {
      process.stderr.write(`microf1 test: ${read.error}. Run "microf1 test --help".\n`);
      return 2;
    }
    if (read.settings.help) {
      process.stdout.write(HELP);
      return 0;
    }
    try {
      return await runAndReport(read.settings);
    } catch (error) {
      // A fault of the runner itself: one line, never a stack trace, and not a contract verdict.
      const message = error instanceof Error ? error.message : String(error);
      return fail(`the run stopped: ${maskUrlCredentials(message.split('\n')[0] ?? '')}`);
    }
  },
};

/** Writes one line to stderr and gives the exit code of a usage or setup error. */
function fail(line: string): number {
  process.stderr.write(`microf1 test: ${line}\n`);
  return 2;
}

async function runAndReport(settings: TestSettings): Promise<number> {
  if (writesFiles(settings.reporters)) {
    const unwritable = await checkOutDir(settings.outDir);
    if (unwritable !== undefined) return fail(unwritable);
  }
  const workflows =
    settings.workflowsDir === undefined ? undefined : await loadWorkflows(settings.workflowsDir);
  if (workflows !== undefined && !workflows.ok) return fail(workflows.error);
  const outcome = await runContract({
    ...settings.run,
    ...(workflows === undefined ? {} : { workflows: workflows.workflows }),
    onEvent: createProgressPrinter(process.stderr),
  });
  if (!outcome.ok) return fail(outcome.error);

  const { report } = outcome;
  if (settings.reporters.includes('console')) process.stderr.write(renderConsoleSummary(report));
  const written = await writeReports(report, settings.reporters, settings.outDir);
  if (!written.ok) return fail(written.error);
  for (const path of written.paths) process.stderr.write(`report written: ${path}\n`);
  return report.summary.failed === 0 ? 0 : 1;
}
