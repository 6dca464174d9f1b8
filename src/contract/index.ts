/**
 * The contract test runner: tests any implementation of the spec over HTTP and reports every
 * way it departs from it. Cases come from the spec (examples, generated valid bodies, one
 * negative case per rule), workflows from `contract-tests/workflows/`.
 *
 * @example
 * import { runContract, renderConsoleSummary } from './contract/index.js';
 * const outcome = await runContract({ baseUrl: 'http://127.0.0.1:4010', seed: 7 });
 * if (outcome.ok) process.stderr.write(renderConsoleSummary(outcome.report));
 */

/** Runs the whole contract suite against a base URL. */
export { type RunOutcome, runContract } from './run/run-contract.js';
/** The options of a run, and its progress events. */
export { DEFAULT_TIMEOUT_MS, type RunOptions } from './run/options.js';
export type { RunEvent } from './run/context.js';
/** The report and its parts. */
export {
  type CaseRequest,
  type CaseResponse,
  type CaseResult,
  type CaseStatus,
  type CheckName,
  type ContractReport,
  type CoverageRow,
  EXPECTATION_CHECKS,
  type ExchangeRecord,
  type Failure,
  RESPONSE_CHECKS,
  type ReportSummary,
  type SuiteResult,
  type ViolationDetail,
} from './types.js';
/** Reporters: progress and summary for a console, JUnit XML, JSON files. */
export { createProgressPrinter, renderConsoleSummary, renderCoverage } from './report/console.js';
export { renderJunit } from './report/junit.js';
export {
  REPORT_FILES,
  REPORTERS,
  type ReporterName,
  checkOutDir,
  type WrittenReports,
  writeReports,
  writesFiles,
} from './report/write-reports.js';
/** Workflows as data. */
export { DEFAULT_WORKFLOWS_DIR, loadWorkflows, parseWorkflow } from './workflows/load.js';
export type { Workflow, WorkflowStep } from './workflows/types.js';
