import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';
import { acceptBadInn } from './faults.js';

describe('values the runner learns from the target', () => {
  let mock: MockServer;
  let proxy: FaultProxy;

  beforeEach(async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    proxy = await startFaultProxy(mock.url, acceptBadInn());
  });
  afterEach(async () => {
    await proxy.close();
    await mock.close();
  });

  it('takes nothing from an answer to an invalid request a faulty target accepted', async () => {
    const outcome = await runContract({ baseUrl: proxy.url, seed: 11 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    const failures = report.suites.flatMap((suite) =>
      suite.cases.flatMap((result) =>
        result.failures.map((failure) => `${suite.name} › ${result.name}: ${failure.check}`),
      ),
    );

    expect(failures.length).toBeGreaterThan(0);
    // Only the invalid cases the target accepted fail; no valid case is sent the bad INN.
    expect(failures.filter((failure) => !failure.startsWith('adduser › invalid'))).toEqual([]);
    expect(failures.some((failure) => failure.endsWith('invalid-input-refused'))).toBe(true);
    expect(report.skipped.filter((line) => line.includes('not valid against the spec'))).toEqual(
      [],
    );
  });
});
