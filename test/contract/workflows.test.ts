import { afterEach, describe, expect, it } from 'vitest';
import { parseWorkflow, runContract, type Workflow } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';

/** A workflow whose poll gives up after `timeoutMs`, and a step that needs its decision. */
function waitingWorkflow(timeoutMs: number): Workflow {
  const parsed = parseWorkflow(
    `
name: short-wait
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

describe('workflows on targets without a control API', () => {
  let mock: MockServer | undefined;
  afterEach(async () => {
    await mock?.close();
  });

  it('reports a decision it could not wait for as not reached, never as passed', async () => {
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
    expect(steps.map((step) => step.status)).toEqual([
      'passed',
      'passed',
      'not-reached',
      'not-reached',
    ]);
    expect(steps[2]?.reason).toContain('/status was still "new" after 300 ms');
    expect(steps[3]?.reason).toContain('steps.waitForDecision.body.creditid');
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
});
