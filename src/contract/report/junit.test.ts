import { describe, expect, it } from 'vitest';
import type { ContractReport } from '../types.js';
import { renderJunit } from './junit.js';

const report: ContractReport = {
  tool: 'microf1 test',
  baseUrl: 'http://127.0.0.1:1',
  spec: 'spec.yaml',
  seed: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1500,
  controlApi: false,
  clock: { advanced: 0, refused: 0 },
  summary: {
    cases: 3,
    passed: 1,
    failed: 1,
    notReached: 1,
    unchecked: 0,
    checks: 5,
    failures: 1,
    requests: 2,
  },
  suites: [
    {
      name: 'adduser',
      kind: 'operation',
      durationMs: 20,
      cases: [
        {
          name: 'ok',
          operationId: 'adduser',
          status: 'passed',
          checks: ['no-server-error'],
          failures: [],
          durationMs: 5,
        },
        {
          name: 'invalid /fio: <"&>',
          operationId: 'adduser',
          status: 'failed',
          checks: ['invalid-input-refused'],
          failures: [
            {
              check: 'invalid-input-refused',
              message: 'invalid input was accepted with 201',
              violations: [],
            },
          ],
          exchange: {
            request: { method: 'POST', url: 'http://127.0.0.1:1/v1/add/user', headers: {} },
            curl: "curl -i -X POST 'http://127.0.0.1:1/v1/add/user'",
          },
          durationMs: 7,
        },
        {
          name: 'later',
          operationId: 'adduser',
          status: 'not-reached',
          reason: 'no profile',
          checks: [],
          failures: [],
          durationMs: 0,
        },
      ],
    },
  ],
  coverage: [],
  skipped: [],
};

describe('renderJunit', () => {
  const xml = renderJunit(report);

  it('writes a testsuite per suite and a testcase per case, with counts', () => {
    expect(xml).toContain(
      '<testsuites name="microf1 contract" tests="3" failures="1" skipped="1" time="1.500">',
    );
    expect(xml).toContain(
      '<testsuite name="operation: adduser" tests="3" failures="1" skipped="1"',
    );
    expect(xml.match(/<testcase /g)).toHaveLength(3);
  });

  it('writes the failure with its check, escaped, and the curl command', () => {
    expect(xml).toContain('name="invalid /fio: &lt;&quot;&amp;&gt;"');
    expect(xml).toContain(
      '<failure message="invalid-input-refused: invalid input was accepted with 201" type="invalid-input-refused">',
    );
    expect(xml).toContain('reproduce: curl -i -X POST');
  });

  it('marks a case not reached as skipped with its reason', () => {
    expect(xml).toContain('<skipped message="not reached: no profile"/>');
  });
});
