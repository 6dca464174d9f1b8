import { resolveJsonPointer } from '../../rules/index.js';
import type { RunContext } from '../run/context.js';
import type { ExecutedCase } from '../run/execute-case.js';
import { createSuiteRunner, type SuiteRunner } from '../run/suite-runner.js';
import type { CaseRequest, CaseResponse, SuiteResult } from '../types.js';
import { checkStep, explainUnmet } from './step-checks.js';
import { buildStepRequest } from './step-request.js';
import type { Workflow, WorkflowStep } from './types.js';

const DEFAULT_POLL_TIMEOUT_MS = 30_000;
const DEFAULT_POLL_INTERVAL_MS = 1_000;

/**
 * Runs a workflow's steps in order. A step whose inputs an earlier step did not give, whose
 * condition does not hold, or whose poll ran out of time is reported as not reached, with the
 * reason; it never counts as passed.
 */
export async function runWorkflow(context: RunContext, workflow: Workflow): Promise<SuiteResult> {
  const started = performance.now();
  const runner = createSuiteRunner(context, workflow.name);
  const steps: Record<string, unknown> = {};
  context.emit({ type: 'suite-start', name: workflow.name, kind: 'workflow' });

  for (const step of workflow.steps) {
    const name = step.description === undefined ? step.id : `${step.id}: ${step.description}`;
    const operation = context.contract.operation(step.operation);
    if (operation === undefined) {
      runner.notReached(name, step.operation, `the spec has no operation ${step.operation}`);
      continue;
    }
    const unmet = step.when && explainUnmet(step.when, { steps });
    if (unmet !== undefined) {
      runner.notReached(name, step.operation, unmet);
      continue;
    }
    const built = await buildStepRequest(runner, operation, step, { steps });
    if (!built.ok) {
      runner.notReached(name, step.operation, built.reason);
      continue;
    }

    const executed = await runStep(runner, step, name, built.request, { steps });
    if (executed.response !== undefined && executed.result.status !== 'not-reached') {
      const { response } = executed;
      steps[step.id] = {
        status: response.status,
        body: response.json,
        headers: response.headers,
        request: { body: built.request.value, query: built.request.query },
      };
    }
  }

  const failed = runner.results.filter((result) => result.status === 'failed').length;
  context.emit({ type: 'suite-end', name: workflow.name, failed });
  return {
    name: workflow.name,
    kind: 'workflow',
    cases: runner.results,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Sends a step once, or polls it until its body says so (moving the clock when it can). */
async function runStep(
  runner: SuiteRunner,
  step: WorkflowStep,
  name: string,
  request: CaseRequest,
  scope: Record<string, unknown>,
): Promise<ExecutedCase> {
  const { context } = runner;
  const contractCase = {
    name,
    operation: context.contract.operation(step.operation),
    operationId: step.operation,
    request,
    expect: { kind: 'none' as const },
  };
  const extra = {
    names: [step.expect.check],
    run: (response: CaseResponse) => checkStep(step.expect, response, scope),
  };
  if (step.poll === undefined) return runner.run(contractCase, extra);

  const poll = step.poll;
  const timeoutMs = poll.timeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const executed = await runner.execute(contractCase, extra);
    const value = resolveJsonPointer(executed.response?.json, poll.until.pointer);
    const isDone = poll.until.in.some((wanted) => String(wanted) === String(value));

    if (isDone || executed.result.status === 'failed') {
      runner.record(executed.result);
      return executed;
    }
    if (performance.now() >= deadline) {
      const reason = `${poll.until.pointer} was still ${JSON.stringify(value)} after ${timeoutMs} ms`;
      const result = { ...executed.result, status: 'not-reached' as const, reason };
      runner.record(result);
      return { result, response: executed.response };
    }
    // With a control API the target's clock moves at once; otherwise (or when it refuses) wait.
    const moved =
      context.control !== undefined &&
      poll.advanceClockMs !== undefined &&
      (await context.control.advanceClock(poll.advanceClockMs));
    if (!moved) {
      await new Promise((resolve) =>
        setTimeout(resolve, poll.intervalMs ?? DEFAULT_POLL_INTERVAL_MS),
      );
    }
  }
}
