import { collectPiiFields } from '../../privacy/index.js';
import {
  buildOperations,
  compileContract,
  loadSpec,
  DEFAULT_SPEC_URL,
  type OpenApiDocument,
} from '../../spec/index.js';
import { maskCards } from '../checks/card-match.js';
import { detectControl } from '../http/control.js';
import { createHttpClient, type SendResult } from '../http/send.js';
import { maskUrlCredentials } from '../http/url.js';
import { createCoverageTracker } from '../report/coverage.js';
import { mapStrings } from '../report/map-strings.js';
import { summarize } from '../report/summary.js';
import {
  type ContractReport,
  EXPECTATION_CHECKS,
  RESPONSE_CHECKS,
  type SuiteResult,
} from '../types.js';
import { loadWorkflows } from '../workflows/load.js';
import { runWorkflow } from '../workflows/run-workflow.js';
import type { Workflow } from '../workflows/types.js';
import type { RunContext } from './context.js';
import { DEFAULT_TIMEOUT_MS, type RunOptions } from './options.js';
import { runOperationSuite } from './operation-suite.js';
import { createResourcePool } from './resource-pool.js';

/**
 * A finished run, or one line saying why it gives no verdict: it could not start (bad spec, an
 * empty or unknown selection, target unreachable), or it tested nothing.
 */
export type RunOutcome =
  | { readonly ok: true; readonly report: ContractReport }
  | { readonly ok: false; readonly error: string };

/**
 * Tests an implementation against the spec over HTTP: every operation's positive, negative and
 * protocol cases, then the workflows, with every response checked. Resolves to the report, in
 * which the cards the run sent and the base URL's password are masked wherever they appear.
 *
 * @example
 * const outcome = await runContract({ baseUrl: 'http://127.0.0.1:4010', seed: 7 });
 * if (outcome.ok && outcome.report.summary.failed === 0) console.log('conforms');
 */
export async function runContract(options: RunOptions): Promise<RunOutcome> {
  const sentCards = new Set<string>();
  const outcome = await runUnmasked(options, sentCards);
  if (!outcome.ok) return { ok: false, error: maskUrlCredentials(outcome.error) };

  // Every text of the report, once more: a card the run sent, parted in a way no generic rule
  // reads as a card, and the password of a URL (the base URL's, or one a target echoed).
  const report = mapStrings(outcome.report, (text) =>
    maskCards(maskUrlCredentials(text), sentCards),
  );
  const nothing = describeNothingTested(report);
  return nothing === undefined ? { ok: true, report } : { ok: false, error: nothing };
}

/**
 * Why a base URL cannot take the operations' paths after it, or nothing: it must be http(s),
 * with no query and no fragment (a path joined after `?x=1` or `#top` never reaches the path).
 */
function describeBadBaseUrl(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return `baseUrl is not a URL: ${baseUrl}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `baseUrl must be http or https, not ${url.protocol}`;
  }
  if (url.search !== '' || baseUrl.includes('#')) {
    return `baseUrl must have no query and no fragment: ${baseUrl}`;
  }
  return undefined;
}

/** The run itself; `sentCards` receives the digits of every card number sent. */
async function runUnmasked(options: RunOptions, sentCards: Set<string>): Promise<RunOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();

  // 1. The spec and the workflows.
  const document = options.document ?? (await readDocument(options.spec));
  if (typeof document === 'string') return { ok: false, error: document };
  // The toolkit's own workflows speak of its own spec; another spec runs only the given ones.
  const isOwnSpec = options.document === undefined && options.spec === undefined;
  const loaded =
    options.workflows !== undefined
      ? { ok: true as const, workflows: [...options.workflows] }
      : isOwnSpec
        ? await loadWorkflows()
        : { ok: true as const, workflows: [] };
  if (!loaded.ok) return loaded;

  const badBase = describeBadBaseUrl(options.baseUrl);
  if (badBase !== undefined) return { ok: false, error: badBase };
  const empty = findEmptySelection(options);
  if (empty !== undefined) return { ok: false, error: empty };
  const unknown = findUnknownNames(document, loaded.workflows, options);
  if (unknown !== undefined) return { ok: false, error: unknown };

  // 2. The target must answer at all.
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs >= 1))
    return { ok: false, error: `timeoutMs must be 1 or more, got ${timeoutMs}` };
  const client = createHttpClient({
    baseUrl: options.baseUrl,
    timeoutMs,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  const probe = await client.send({ method: 'GET', path: '/', query: {}, headers: {} });
  if (!probe.ok) {
    client.close();
    return { ok: false, error: describeUnreachable(options.baseUrl, probe, timeoutMs) };
  }
  const control =
    options.controlUrl === false
      ? undefined
      : await detectControl({
          baseUrl: options.baseUrl,
          controlUrl: options.controlUrl,
          timeoutMs,
          ...(options.headers ? { headers: options.headers } : {}),
        });
  if (control === undefined && typeof options.controlUrl === 'string') {
    client.close();
    return { ok: false, error: `no control API answers at ${options.controlUrl}/health` };
  }
  const today =
    options.today ?? control?.now?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);

  // 3. One context for the whole run.
  const contract = compileContract(document, { today: () => today });
  const coverage = createCoverageTracker();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  let index = 0;
  const context: RunContext = {
    contract,
    client,
    baseUrl: options.baseUrl,
    seed,
    today,
    control,
    pool: createResourcePool(),
    coverage,
    piiFields: collectPiiFields(document),
    headerNames: Object.keys(options.headers ?? {}),
    maxResponseMs: options.maxResponseMs,
    checks: options.checks === undefined ? undefined : new Set(options.checks),
    sentCards,
    used: new Set(),
    skipped: [],
    nextIndex: () => index++,
    emit: (event) => options.onEvent?.(event),
  };

  // 4. Operation suites in the spec's order, then the workflows side by side.
  const selected = new Set(
    options.operations ?? contract.operations.map((operation) => operation.operationId),
  );
  const suites: SuiteResult[] = [];
  try {
    for (const operation of contract.operations) {
      if (selected.has(operation.operationId))
        suites.push(await runOperationSuite(context, operation));
    }
    const workflows = loaded.workflows.filter((workflow) => usesOnly(workflow, selected));
    suites.push(...(await runWorkflows(context, workflows)));
  } finally {
    client.close();
    control?.close();
  }

  const report: ContractReport = {
    tool: 'microf1 test',
    baseUrl: maskUrlCredentials(options.baseUrl),
    spec:
      options.document === undefined
        ? String(options.spec ?? DEFAULT_SPEC_URL)
        : '(given document)',
    seed,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    controlApi: control !== undefined,
    clock: control?.clockMoves() ?? { advanced: 0, refused: 0 },
    summary: summarize(suites, client.count()),
    suites,
    coverage: coverage.rows(contract.operations),
    skipped: context.skipped,
  };
  return { ok: true, report };
}

async function readDocument(spec: string | URL | undefined): Promise<OpenApiDocument | string> {
  const loaded = await loadSpec(spec ?? DEFAULT_SPEC_URL);
  return loaded.ok ? loaded.document : loaded.error;
}

/** Why a probe of the target got no answer, in one line; a slow target is told how to wait. */
function describeUnreachable(
  baseUrl: string,
  probe: Extract<SendResult, { ok: false }>,
  timeoutMs: number,
): string {
  if (probe.timedOut !== true) return `cannot reach ${baseUrl}: ${probe.error}`;
  return `cannot reach ${baseUrl}: it did not answer within the timeout of ${timeoutMs} ms; if it is only slow, raise --timeout-ms`;
}

/** A line saying that `operations` or `checks` was given empty, so nothing would be tested. */
function findEmptySelection(options: RunOptions): string | undefined {
  if (options.operations?.length === 0) return 'no operation was selected (operations is empty)';
  if (options.checks?.length === 0) return 'no check was selected (checks is empty)';
  return undefined;
}

/**
 * A line saying that the run tested nothing, so that a gate does not pass on it: no case was
 * run, or none of the selected checks applied to any case.
 */
function describeNothingTested(report: ContractReport): string | undefined {
  const { summary } = report;
  if (summary.cases === 0) return 'nothing was tested: the selection leaves no case to run';
  if (summary.checks > 0 || summary.failed > 0) return undefined;
  const cases = summary.cases === 1 ? 'the 1 case' : `any of the ${summary.cases} cases`;
  return `nothing was tested: none of the selected checks applies to ${cases}`;
}

/** A line naming an operationId or check the run was asked for that does not exist. */
function findUnknownNames(
  document: OpenApiDocument,
  workflows: readonly Workflow[],
  options: RunOptions,
): string | undefined {
  const operations = new Set(buildOperations(document).map((operation) => operation.operationId));
  const badOperation = options.operations?.find((name) => !operations.has(name));
  if (badOperation !== undefined) {
    return `the spec has no operation "${badOperation}" (it has: ${[...operations].join(', ')})`;
  }
  const checks = new Set<string>([...RESPONSE_CHECKS, ...EXPECTATION_CHECKS]);
  for (const workflow of workflows)
    for (const step of workflow.steps) checks.add(step.expect.check);
  const badCheck = options.checks?.find((name) => !checks.has(name));
  if (badCheck !== undefined)
    return `there is no check "${badCheck}" (there are: ${[...checks].join(', ')})`;
  for (const workflow of workflows) {
    const step = workflow.steps.find((candidate) => !operations.has(candidate.operation));
    if (step !== undefined)
      return `the workflow ${workflow.file ?? workflow.name}, step "${step.id}": the spec has no operation "${step.operation}"`;
  }
  return undefined;
}

/** How many workflows run at once when they wait on a real clock. */
const WORKFLOW_CONCURRENCY = 4;

/**
 * Runs the workflows side by side, a few at a time, so that waiting on a real clock costs the
 * longest workflow rather than the sum. When the control API can move the target's clock,
 * waiting costs nothing and a move would age the other workflows' credits, so they run one at a
 * time. Each has its own generated data and its own view of what the run created, so the same
 * seed sends the same requests whatever the order of answers.
 */
async function runWorkflows(
  context: RunContext,
  workflows: readonly Workflow[],
): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  let next = 0;
  const work = async () => {
    for (let index = next++; index < workflows.length; index = next++) {
      const workflow = workflows[index];
      if (workflow !== undefined)
        results[index] = await runWorkflow(fork(context, index), workflow);
    }
  };
  const lanes = context.control?.canMoveClock === true ? 1 : WORKFLOW_CONCURRENCY;
  await Promise.all(Array.from({ length: lanes }, work));
  return results;
}

/** A context of its own for the workflow at `index`: its data indices and its resource pool. */
function fork(context: RunContext, index: number): RunContext {
  let count = 0;
  return {
    ...context,
    pool: context.pool.fork(),
    nextIndex: () => WORKFLOW_INDEX_SPAN * (index + 1) + count++,
  };
}

/** Generated data indices set apart for each workflow. */
const WORKFLOW_INDEX_SPAN = 10_000_000;

function usesOnly(workflow: Workflow, selected: ReadonlySet<string>): boolean {
  return workflow.steps.every((step) => selected.has(step.operation));
}
