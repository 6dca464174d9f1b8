import { createStatusMemory, type StatusMemory } from '../checks/status-memory.js';
import type { RunContext } from '../run/context.js';
import type { ExecutedCase } from '../run/execute-case.js';
import { createSuiteRunner, type SuiteRunner } from '../run/suite-runner.js';
import type { CaseRequest, CaseResponse, SuiteResult } from '../types.js';
import { listDependencies } from './dependencies.js';
import { pollStep } from './poll-step.js';
import { checkStep, explainUnmet } from './step-checks.js';
import { buildStepRequest } from './step-request.js';
import type { Workflow, WorkflowStep } from './types.js';

/** Whether a step's results may be used by later steps, and if not, why. */
type StepOutcome = { readonly usable: true } | { readonly usable: false; readonly why: string };

/**
 * Runs a workflow's steps in order. A step that gets the wrong status, or whose poll never sees
 * the awaited value, fails its named check. A step that reads a step which failed its check or
 * was not reached is reported as not reached, naming that step; so is a step whose `when`
 * condition does not hold. Nothing unreached counts as passed.
 */
export async function runWorkflow(context: RunContext, workflow: Workflow): Promise<SuiteResult> {
  const started = performance.now();
  const runner = createSuiteRunner(context, workflow.name);
  const steps: Record<string, unknown> = {};
  const outcomes = new Map<string, StepOutcome>();
  const memory = createStatusMemory(context.contract);
  context.emit({ type: 'suite-start', name: workflow.name, kind: 'workflow' });

  for (const step of workflow.steps) {
    const name = step.description === undefined ? step.id : `${step.id}: ${step.description}`;
    const skip = (why: string) => {
      runner.notReached(name, step.operation, why);
      outcomes.set(step.id, { usable: false, why: 'was not reached' });
    };

    const operation = context.contract.operation(step.operation);
    if (operation === undefined) {
      skip(`the spec has no operation ${step.operation}`);
      continue;
    }
    const blocked = findBlockedDependency(step, outcomes);
    if (blocked !== undefined) {
      skip(blocked);
      continue;
    }
    const unmet = step.when && explainUnmet(step.when, { steps });
    if (unmet !== undefined) {
      skip(`its condition does not hold: ${unmet}`);
      continue;
    }
    const built = await buildStepRequest(runner, operation, step, { steps });
    if (!built.ok) {
      skip(built.reason);
      continue;
    }

    const executed = await runStep(runner, step, name, built.request, { steps, memory });
    outcomes.set(step.id, judgeOutcome(step, executed));
    if (executed.response !== undefined) {
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

/** The first step this one reads that cannot be used, said as a reason; none when all can. */
function findBlockedDependency(
  step: WorkflowStep,
  outcomes: ReadonlyMap<string, StepOutcome>,
): string | undefined {
  for (const id of listDependencies(step)) {
    const outcome = outcomes.get(id);
    if (outcome !== undefined && !outcome.usable) return `depends on ${id}, which ${outcome.why}`;
  }
  return undefined;
}

/** A step is usable when a response came and its own check held (other checks may have failed). */
function judgeOutcome(step: WorkflowStep, executed: ExecutedCase): StepOutcome {
  if (executed.response === undefined) return { usable: false, why: 'got no response' };
  const own = executed.result.failures.find((failure) => failure.check === step.expect.check);
  if (own === undefined) return { usable: true };
  return { usable: false, why: `failed ${own.check} (${own.message})` };
}

/** Whether a step is meant to succeed: every status it expects is a 2xx. */
function expectsSuccess(step: WorkflowStep): boolean {
  const statuses = [step.expect.status].flat();
  return statuses.every((status) => status >= 200 && status < 300);
}

/**
 * Sends a step once, or polls it until its body says so. Besides its own check, a status it reads
 * may only have moved as the lifecycle allows since the same read last answered.
 */
function runStep(
  runner: SuiteRunner,
  step: WorkflowStep,
  name: string,
  request: CaseRequest,
  { steps, memory }: { steps: Record<string, unknown>; memory: StatusMemory },
): Promise<ExecutedCase> {
  const operation = runner.context.contract.operation(step.operation);
  const contractCase = {
    name,
    operation,
    operationId: step.operation,
    request,
    expect: { kind: 'none' as const, valid: expectsSuccess(step) },
  };
  const extra = {
    names: [step.expect.check],
    run: (response: CaseResponse) => [
      ...checkStep(step.expect, response, { steps }),
      ...((operation && memory.check(operation, request, response)) ?? []),
    ],
  };
  const { poll } = step;
  if (poll === undefined) return runner.run(contractCase, extra);
  return pollStep(runner, { ...step, poll }, contractCase, extra);
}
