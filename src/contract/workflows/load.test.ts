import { describe, expect, it } from 'vitest';
import { loadWorkflows, parseWorkflow } from './load.js';

describe('workflows as data', () => {
  it('loads the toolkit workflows, every step with an operation and a named check', async () => {
    const loaded = await loadWorkflows();

    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.workflows.map((workflow) => workflow.name)).toEqual([
      'credit-lifecycle',
      'rejected-credit',
    ]);
    const checks = loaded.workflows.flatMap((workflow) =>
      workflow.steps.map((step) => step.expect.check),
    );
    expect(checks).toContain('duplicate-refused');
    expect(checks).toContain('foreign-owner-refused');
  });

  it.each([
    ['steps: []', 'needs a "name"'],
    ['name: x\nsteps:\n  - operation: adduser\n', 'needs an "id" and an "operation"'],
    ['name: x\nsteps:\n  - { id: a, operation: adduser }\n', 'needs "expect"'],
    [
      'name: x\nsteps:\n  - { id: a, operation: adduser, expect: { status: 201, check: write-accepted } }\n  - { id: a, operation: adduser, expect: { status: 201, check: write-accepted } }\n',
      'repeats the id "a"',
    ],
    [
      'name: x\nsteps:\n  - { id: a, operation: adduser, expect: { status: 201, check: writ-accepted } }\n',
      'step 1 of the workflow bad.yaml ("a") names the unknown check "writ-accepted"',
    ],
    [
      "name: x\nsteps:\n  - { id: a, operation: creditstatus, query: { creditid: '{{steps.creatCredit.body.creditid}}' }, expect: { status: 200, check: write-read-back } }\n",
      'step 1 of the workflow bad.yaml ("a") refers to the step "creatCredit"',
    ],
    [
      'name: x\nsteps:\n  - { id: a, operation: creditdocs, when: { step: b, pointer: /status, in: [new] }, expect: { status: 200, check: contract-issued } }\n  - { id: b, operation: adduser, expect: { status: 201, check: write-accepted } }\n',
      'refers to the step "b", which no earlier step is',
    ],
    ['name: [', 'cannot parse'],
  ])('refuses %j', (text, message) => {
    const parsed = parseWorkflow(text, 'bad.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
    if (!parsed.ok) expect(parsed.error).not.toContain('\n');
  });

  it('lets a step read its own request in its expected body', () => {
    const parsed = parseWorkflow(
      "name: x\nsteps:\n  - { id: a, operation: adduser, body: { generate: true }, expect: { status: 201, check: write-accepted, body: { /inn: '{{steps.a.request.body.inn}}' } } }\n",
      'self.yaml',
    );
    expect(parsed.ok).toBe(true);
  });
});
