import { describe, expect, it } from 'vitest';
import type { CaseResult, SuiteResult } from '../types.js';
import { summarize } from './summary.js';

function makeCase(status: CaseResult['status'], checks: string[]): CaseResult {
  return { name: 'c', operationId: 'op', status, checks, failures: [], durationMs: 0 };
}

describe('summarizing a run', () => {
  it('counts a case no check ran on neither as passed nor as failed', () => {
    const suite = {
      name: 'op',
      kind: 'operation',
      durationMs: 0,
      cases: [
        makeCase('passed', ['response-schema']),
        makeCase('passed', []),
        makeCase('failed', ['response-schema']),
        makeCase('not-reached', []),
      ],
    } as SuiteResult;
    const summary = summarize([suite], 3);

    expect(summary).toMatchObject({ cases: 4, passed: 1, failed: 1, notReached: 1, unchecked: 1 });
    expect(summary.passed + summary.failed + summary.notReached + summary.unchecked).toBe(
      summary.cases,
    );
    expect(summary.checks).toBe(2);
  });
});
