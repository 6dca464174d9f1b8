import { afterEach, describe, expect, it } from 'vitest';
import {
  parseWorkflow,
  renderConsoleSummary,
  runContract,
  type Workflow,
} from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

/** A workflow whose poll gives up after `timeoutMs`, and a step that needs its decision. */
function waitingWorkflow(timeoutMs: number, name = 'short-wait'): Workflow {
  const parsed = parseWorkflow(
    `
name: ${name}
steps:
  - id: createProfile
    operation: adduser
    body: { generate: true }
    expect: { status: 201, check: write-accepted }
  - id: createCredit
    operation: addcredit
    body: { generate: true, set: { /inn: '{{steps.createProfile.body.inn}}' } }
    expect: { status: 201, check: write-accepted }
  - id: waitForDecision
    operation: creditstatus
    query: { creditid: '{{steps.createCredit.body.creditid}}' }
    poll:
      until: { pointer: /status, in: [approved, rejected] }
      timeoutMs: ${timeoutMs}
      intervalMs: 50
      advanceClockMs: 60000
    expect: { status: 200, check: decision-reached }
  - id: statusAgain
    operation: creditstatus
    query: { creditid: '{{steps.waitForDecision.body.creditid}}' }
    expect: { status: 200, check: write-read-back }
`,
    'short-wait.yaml',
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.workflow;
}

describe('workflows on targets whose clock cannot be moved', () => {
  let mock: MockServer | undefined;
  let proxy: FaultProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await mock?.close();
  });

  it('fails the named check of a decision it waited for in vain; what depends on it is not reached', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    const outcome = await runContract({
      baseUrl: mock.url,
      seed: 3,
      operations: ['adduser', 'addcredit', 'creditstatus'],
      controlUrl: false,
      workflows: [waitingWorkflow(300)],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const steps = outcome.report.suites.find((suite) => suite.name === 'short-wait')?.cases ?? [];
    expect(steps.map((step) => step.status)).toEqual(['passed', 'passed', 'failed', 'not-reached']);
    expect(steps[2]?.failures.map((failure) => failure.check)).toEqual(['decision-reached']);
    expect(steps[2]?.failures[0]?.message).toMatch(
      /^\/status was still "new" after \d+ reads over/,
    );
    expect(steps[3]?.reason).toMatch(/^depends on waitForDecision, which failed decision-reached/);
    expect(outcome.report.controlApi).toBe(false);
  });

  it('waits on a real clock until the decision comes', async () => {
    mock = await createMockServer({ seed: 1, clock: 'real', stepDelayMs: 100, strict: true });
    const outcome = await runContract({
      baseUrl: mock.url,
      seed: 3,
      operations: ['adduser', 'addcredit', 'creditstatus'],
      controlUrl: false,
      workflows: [waitingWorkflow(5000)],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const steps = outcome.report.suites.find((suite) => suite.name === 'short-wait')?.cases ?? [];
    expect(steps.map((step) => step.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
  });

  it('runs workflows side by side and says the clock was not moved when the control API refuses', async () => {
    mock = await createMockServer({ seed: 1, clock: 'real', stepDelayMs: 100, strict: true });
    proxy = await startFaultProxy(mock.url, {
      request: (request) =>
        request.url.startsWith('/__mock/clock/advance')
          ? { status: 409, headers: { 'content-type': 'application/problem+json' }, body: '{}' }
          : undefined,
    });
    const events: string[] = [];
    const outcome = await runContract({
      baseUrl: proxy.url,
      seed: 3,
      operations: ['adduser', 'addcredit', 'creditstatus'],
      workflows: [waitingWorkflow(5000, 'first'), waitingWorkflow(5000, 'second')],
      onEvent: (event) => {
        if (event.type !== 'case-end') events.push(`${event.type} ${event.name}`);
      },
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.controlApi).toBe(true);
    expect(outcome.report.clock.advanced).toBe(0);
    expect(renderConsoleSummary(outcome.report)).toContain('refused to move the clock');
    expect(renderConsoleSummary(outcome.report)).not.toContain('drove the clock');
    expect(events.indexOf('suite-start second')).toBeLessThan(events.indexOf('suite-end first'));
    expect(outcome.report.suites.slice(-2).map((suite) => suite.name)).toEqual(['first', 'second']);
    expect(outcome.report.summary.failed).toBe(0);
  });
});

describe('polling', () => {
  let mock: MockServer | undefined;
  let proxy: FaultProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    await mock?.close();
  });

  it('moves the clock a bounded number of times for a credit that never moves, and fails the decision', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    let reads = 0;
    proxy = await startFaultProxy(mock.url, {
      response(response, request) {
        if (!request.url.startsWith('/api/v1/status/credit') || response.status !== 200) return;
        reads += 1;
        const body = JSON.parse(response.body);
        response.body = JSON.stringify({
          ...body,
          status: 'new',
          status_label: 'Новая',
          history: body.history.slice(0, 1),
          updated_at: body.history[0].at,
          reason: undefined,
          reason_code: undefined,
        });
      },
    });
    const outcome = await runContract({
      baseUrl: proxy.url,
      seed: 3,
      operations: ['adduser', 'addcredit', 'creditstatus'],
      checks: ['no-server-error'],
      workflows: [waitingWorkflow(600_000)],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const steps = outcome.report.suites.find((suite) => suite.name === 'short-wait')?.cases ?? [];
    expect(steps[2]?.status).toBe('failed');
    expect(steps[2]?.failures[0]?.check).toBe('decision-reached');
    // 600 s of clock in moves of 60 s: eleven reads, then the verdict.
    expect(outcome.report.clock.advanced).toBe(10);
    expect(reads).toBeLessThan(20);
  });

  it('goes on polling after a slow answer: the time budget changes no step it reaches', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    proxy = await startFaultProxy(mock.url, {
      async request(request) {
        if (request.url.startsWith('/api/v1/status/credit'))
          await new Promise((resolve) => setTimeout(resolve, 60));
        return undefined;
      },
    });
    const outcome = await runContract({
      baseUrl: proxy.url,
      seed: 3,
      maxResponseMs: 30,
      operations: ['adduser', 'addcredit', 'creditstatus'],
      workflows: [waitingWorkflow(60_000)],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const steps = outcome.report.suites.find((suite) => suite.name === 'short-wait')?.cases ?? [];
    expect(steps.map((step) => step.status)).toEqual(['passed', 'passed', 'failed', 'failed']);
    expect(steps[2]?.failures.map((failure) => failure.check)).toEqual(['response-time']);
    expect(steps[3]?.failures.map((failure) => failure.check)).toEqual(['response-time']);
    const decided = steps[2]?.exchange?.response?.body as { status?: string } | undefined;
    expect(['approved', 'rejected']).toContain(decided?.status);
  });
});
