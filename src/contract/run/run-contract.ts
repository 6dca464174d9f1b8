import { collectPiiFields } from '../../privacy/index.js';
import {
  buildOperations,
  compileContract,
  loadSpec,
  DEFAULT_SPEC_URL,
  type OpenApiDocument,
} from '../../spec/index.js';
import { detectControl } from '../http/control.js';
import { createHttpClient } from '../http/send.js';
import { createCoverageTracker } from '../report/coverage.js';
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

/** A finished run, or one line saying why it could not start (bad spec, target unreachable). */
export type RunOutcome =
  | { readonly ok: true; readonly report: ContractReport }
  | { readonly ok: false; readonly error: string };

/**
 * Tests an implementation against the spec over HTTP: every operation's positive, negative and
 * protocol cases, then the workflows, with every response checked. Resolves to the report.
 *
 * @example
 * const outcome = await runContract({ baseUrl: 'http://127.0.0.1:4010', seed: 7 });
 * if (outcome.ok && outcome.report.summary.failed === 0) console.log('conforms');
 */
export async function runContract(options: RunOptions): Promise<RunOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();

  // 1. The spec and the workflows.
  const document = options.document ?? (await readDocument(options.spec));
  if (typeof document === 'string') return { ok: false, error: document };
  const loaded =
    options.workflows === undefined
      ? await loadWorkflows()
      : { ok: true as const, workflows: [...options.workflows] };
  if (!loaded.ok) return loaded;

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
    return { ok: false, error: `cannot reach ${options.baseUrl}: ${probe.error}` };
  }
  const control =
    options.controlUrl === false
      ? undefined
      : await detectControl(options.baseUrl, options.controlUrl, timeoutMs);
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
    maxResponseMs: options.maxResponseMs,
    checks: options.checks === undefined ? undefined : new Set(options.checks),
    used: new Set(),
    skipped: [],
    nextIndex: () => index++,
    emit: (event) => options.onEvent?.(event),
  };

  // 4. Operation suites in the spec's order, then the workflows.
  const selected = new Set(
    options.operations ?? contract.operations.map((operation) => operation.operationId),
  );
  const suites: SuiteResult[] = [];
  try {
    for (const operation of contract.operations) {
      if (selected.has(operation.operationId))
        suites.push(await runOperationSuite(context, operation));
    }
    for (const workflow of loaded.workflows) {
      if (usesOnly(workflow, selected)) suites.push(await runWorkflow(context, workflow));
    }
  } finally {
    client.close();
    control?.close();
  }

  const report: ContractReport = {
    tool: 'microf1 test',
    baseUrl: options.baseUrl,
    spec:
      options.document === undefined
        ? String(options.spec ?? DEFAULT_SPEC_URL)
        : '(given document)',
    seed,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    controlApi: control !== undefined,
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
  return undefined;
}

function usesOnly(workflow: Workflow, selected: ReadonlySet<string>): boolean {
  return workflow.steps.every((step) => selected.has(step.operation));
}
