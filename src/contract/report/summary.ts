import type { ReportSummary, SuiteResult } from '../types.js';

/** Counts the cases, checks and failures of a run. */
export function summarize(suites: readonly SuiteResult[], requests: number): ReportSummary {
  const cases = suites.flatMap((suite) => suite.cases);
  return {
    cases: cases.length,
    // A case no selected check ran on (`--checks` narrows them) proves nothing: counted apart.
    passed: cases.filter((result) => result.status === 'passed' && result.checks.length > 0).length,
    unchecked: cases.filter((result) => result.status === 'passed' && result.checks.length === 0)
      .length,
    failed: cases.filter((result) => result.status === 'failed').length,
    notReached: cases.filter((result) => result.status === 'not-reached').length,
    checks: cases.reduce((sum, result) => sum + result.checks.length, 0),
    failures: cases.reduce((sum, result) => sum + result.failures.length, 0),
    requests,
  };
}
