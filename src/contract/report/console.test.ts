import { describe, expect, it } from 'vitest';
import type { ContractReport } from '../types.js';
import { renderConsoleSummary } from './console.js';
import { summarize } from './summary.js';

function makeReport(skipped: string[]): ContractReport {
  return {
    seed: 1,
    controlApi: false,
    suites: [],
    coverage: [],
    skipped,
    summary: summarize([], 0),
    durationMs: 1,
  } as unknown as ContractReport;
}

describe('the console summary', () => {
  it('counts the skipped cases and names each of a few', () => {
    const text = renderConsoleSummary(makeReport(['addcredit valid #1: not valid', 'b: why']));

    expect(text).toContain('Skipped, not sent (2):');
    expect(text).toContain('  - addcredit valid #1: not valid');
    expect(text).toContain('  - b: why');
  });

  it('names the first ten skipped cases and points at the JSON report for the rest', () => {
    const skipped = Array.from({ length: 13 }, (_, index) => `case ${index + 1}: why`);
    const text = renderConsoleSummary(makeReport(skipped));

    expect(text).toContain('Skipped, not sent (13):');
    expect(text).toContain('  - case 10: why');
    expect(text).not.toContain('case 11: why');
    expect(text).toContain('3 more, listed in the JSON report');
  });

  it('says nothing of skipped cases when there are none', () => {
    expect(renderConsoleSummary(makeReport([]))).not.toContain('Skipped');
  });
});

describe('the totals of the console summary', () => {
  it('counts cases no selected check ran on apart from the passed ones', () => {
    const report = {
      ...makeReport([]),
      summary: {
        cases: 5,
        passed: 3,
        failed: 1,
        notReached: 0,
        unchecked: 1,
        checks: 4,
        failures: 1,
        requests: 5,
      },
    } as ContractReport;

    expect(renderConsoleSummary(report)).toContain(
      'FAILED: 3 passed, 1 failed, 0 not reached, 1 with no selected check of 5 cases; 4 checks',
    );
  });
});
