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
      'name: x\nsteps:\n  - { id: a, operation: adduser, expect: { status: 201, check: c } }\n  - { id: a, operation: adduser, expect: { status: 201, check: c } }\n',
      'repeats the id "a"',
    ],
    ['name: [', 'cannot parse'],
  ])('refuses %j', (text, message) => {
    const parsed = parseWorkflow(text, 'bad.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
