import { resolveJsonPointer } from '../../rules/index.js';
import type { ContractCase } from '../cases/contract-case.js';
import { fail } from '../checks/index.js';
import type { ExecutedCase } from '../run/execute-case.js';
import type { ExtraChecks, SuiteRunner } from '../run/suite-runner.js';
import type { Failure } from '../types.js';
import type { PollSpec, WorkflowStep } from './types.js';

const DEFAULT_POLL_TIMEOUT_MS = 30_000;
const DEFAULT_POLL_INTERVAL_MS = 1_000;
/** The shortest pause between two attempts on a real clock, so a poll never floods a target. */
const MIN_POLL_INTERVAL_MS = 100;

/**
 * Repeats a step until its response holds one of the awaited values, and records one result.
 * Between attempts the target's clock is moved through the control API when there is one and it
 * agrees; otherwise the poll pauses `intervalMs` (100 ms at least). The attempts are bounded: by
 * the clock time moved, or by the time waited. A value never reached fails the step's own check.
 * Failures of other checks on the way (a slow answer) are kept but never end the poll.
 */
export async function pollStep(
  runner: SuiteRunner,
  step: WorkflowStep & { readonly poll: PollSpec },
  contractCase: ContractCase,
  extra: ExtraChecks,
): Promise<ExecutedCase> {
  const { poll } = step;
  const control = runner.context.control;
  const timeoutMs = poll.timeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
  const intervalMs = Math.max(poll.intervalMs ?? DEFAULT_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS);
  const started = performance.now();
  const earlier: Failure[] = [];
  let canMoveClock = control !== undefined && (poll.advanceClockMs ?? 0) > 0;
  let movedMs = 0;
  let attempts = 0;

  for (;;) {
    attempts += 1;
    const executed = await runner.execute(contractCase, extra);
    const value = resolveJsonPointer(executed.response?.json, poll.until.pointer);
    const isDone = poll.until.in.some((wanted) => String(wanted) === String(value));
    const isHopeless =
      executed.response === undefined ||
      executed.result.failures.some(
        (failure) =>
          failure.check === step.expect.check && failure.message.startsWith('expected status'),
      );
    if (isDone || isHopeless) return recordWith(runner, executed, earlier);

    // The budget is clock time moved when the clock moves, time waited otherwise.
    const waitedMs = performance.now() - started;
    const spentMs = canMoveClock ? movedMs : waitedMs;
    if (spentMs >= timeoutMs) {
      const how = canMoveClock ? `the clock moved ${movedMs} ms` : `${Math.round(waitedMs)} ms`;
      const message = `${poll.until.pointer} was still ${JSON.stringify(value)} after ${attempts} reads over ${how}; awaited ${poll.until.in.join(', ')}`;
      const timedOut = fail(step.expect.check, message, [
        { pointer: poll.until.pointer, message: `never became ${poll.until.in.join(' or ')}` },
      ]);
      return recordWith(runner, executed, [...earlier, timedOut]);
    }
    keepNew(earlier, executed.result.failures);

    if (canMoveClock && control !== undefined && poll.advanceClockMs !== undefined) {
      canMoveClock = await control.advanceClock(poll.advanceClockMs);
      if (canMoveClock) movedMs += poll.advanceClockMs;
    }
    if (!canMoveClock) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Records the last attempt with the failures of earlier ones added, each once. */
function recordWith(
  runner: SuiteRunner,
  executed: ExecutedCase,
  earlier: readonly Failure[],
): ExecutedCase {
  const failures = [...executed.result.failures];
  keepNew(failures, earlier);
  const result = {
    ...executed.result,
    status: failures.length === 0 ? ('passed' as const) : ('failed' as const),
    failures,
  };
  runner.record(result);
  return { result, response: executed.response };
}

/** Adds the failures of checks not yet in the list (the first of each check stays). */
function keepNew(into: Failure[], found: readonly Failure[]): void {
  for (const failure of found) {
    if (!into.some((known) => known.check === failure.check)) into.push(failure);
  }
}
