import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/index.js';
import type { ContractReport } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';
import { PLANTED_FAULTS } from './faults.js';

/** The names of the checks that failed anywhere in a report. */
function failedChecks(report: ContractReport): Set<string> {
  return new Set(
    report.suites.flatMap((suite) =>
      suite.cases.flatMap((result) => result.failures.map((failure) => failure.check)),
    ),
  );
}

describe('the runner against planted defects', () => {
  let mock: MockServer;
  let proxy: FaultProxy | undefined;

  beforeEach(async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await mock.close();
  });

  it('finds nothing wrong through a proxy that plants no defect', async () => {
    proxy = await startFaultProxy(mock.url, {});
    const outcome = await runContract({ baseUrl: proxy.url, seed: 11 });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect([...failedChecks(outcome.report)]).toEqual([]);
    expect(outcome.report.summary.notReached).toBe(0);
  });

  it.each(PLANTED_FAULTS.map((planted) => [planted.name, planted] as const))(
    'catches %s',
    async (_name, planted) => {
      proxy = await startFaultProxy(mock.url, planted.fault(mock.url));
      const outcome = await runContract({ baseUrl: proxy.url, seed: 11 });

      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.report.summary.failed).toBeGreaterThan(0);
      expect(failedChecks(outcome.report)).toContain(planted.check);
      if (planted.pointer !== undefined) {
        const pointers = outcome.report.suites.flatMap((suite) =>
          suite.cases.flatMap((result) =>
            result.failures.flatMap((failure) =>
              failure.violations.map((violation) => violation.pointer),
            ),
          ),
        );
        expect(pointers).toContain(planted.pointer);
      }
    },
  );
});
