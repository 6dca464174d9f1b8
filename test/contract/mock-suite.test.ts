import { afterEach, describe, expect, it } from 'vitest';
import { type ContractReport, renderJunit, runContract } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { startFaultProxy } from './fault-proxy.js';

/** Every request a report records, as method, path and body, in order. */
function listRequests(report: ContractReport): string[] {
  return report.suites.flatMap((suite) =>
    suite.cases.map(
      (result) =>
        `${result.name} ${result.exchange?.request.url.replace(/^http:\/\/[^/]+/, '') ?? ''}`,
    ),
  );
}

describe('the default suite against the mock', () => {
  const mocks: MockServer[] = [];
  const startMock = async () => {
    const mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    mocks.push(mock);
    return mock;
  };
  afterEach(async () => {
    await Promise.all(mocks.splice(0).map((mock) => mock.close()));
  });

  it('passes with zero failures, reaches every workflow step and covers every operation', async () => {
    const mock = await startMock();
    const outcome = await runContract({ baseUrl: mock.url, seed: 21 });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.summary.failed).toBe(0);
    expect(report.summary.notReached).toBe(0);
    expect(report.controlApi).toBe(true);
    expect(report.suites.map((suite) => suite.name)).toEqual([
      'adduser',
      'addcredit',
      'creditstatus',
      'creditdocs',
      'credit-lifecycle',
      'rejected-credit',
    ]);
    for (const row of report.coverage) {
      expect(row.undocumented).toEqual([]);
      expect(Object.keys(row.received).some((status) => status.startsWith('2'))).toBe(true);
    }
    const adduser = report.suites[0]?.cases ?? [];
    expect(adduser.filter((result) => result.name.startsWith('invalid')).length).toBeGreaterThan(
      60,
    );
    expect(adduser.some((result) => result.name.includes('x-www-form-urlencoded'))).toBe(true);
  });

  it('sends the same requests, byte for byte, for the same seed', async () => {
    const recordRun = async (seed: number) => {
      const sent: string[] = [];
      const proxy = await startFaultProxy((await startMock()).url, {
        request(request) {
          if (!request.url.startsWith('/__mock'))
            sent.push(`${request.method} ${request.url} ${request.body}`);
          return undefined;
        },
      });
      const outcome = await runContract({
        baseUrl: proxy.url,
        seed,
        operations: ['adduser', 'addcredit'],
      });
      await proxy.close();
      return { outcome, sent };
    };
    const first = await recordRun(5);
    const second = await recordRun(5);
    const other = await recordRun(6);

    expect(first.outcome.ok && second.outcome.ok).toBe(true);
    if (!first.outcome.ok || !second.outcome.ok) return;
    expect(listRequests(second.outcome.report)).toEqual(listRequests(first.outcome.report));
    expect(second.sent).toEqual(first.sent);
    expect(other.sent).not.toEqual(first.sent);
  });

  it('never writes a full card number into its reports', async () => {
    const mock = await startMock();
    const outcome = await runContract({
      baseUrl: mock.url,
      seed: 8,
      operations: ['adduser', 'addcredit'],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const text = JSON.stringify(outcome.report) + renderJunit(outcome.report);
    expect(text).not.toMatch(/\b220[0-4]\d{12}\b/);
  });

  it('tests another spec: fills path parameters and exercises operations without input', async () => {
    const mock = await startMock();
    const outcome = await runContract({
      baseUrl: mock.url,
      seed: 5,
      spec: new URL('../../spec/mock-control.openapi.yaml', import.meta.url),
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.summary.failed).toBe(0);
    const health = report.coverage.find((row) => row.operationId === 'getHealth');
    expect(health?.received['200']).toBeGreaterThan(0);
    const urls = report.suites.flatMap((suite) =>
      suite.cases.map((result) => result.exchange?.request.url ?? ''),
    );
    expect(urls.some((url) => /\/__mock\/credits\/\d+\/status$/.test(url))).toBe(true);
    expect(urls.filter((url) => url.includes('{'))).toEqual([]);
    const status = report.coverage.find((row) => row.operationId === 'setCreditStatus');
    expect(status?.received['200']).toBeGreaterThan(0);
  });

  it('runs only the operations and checks it is asked for', async () => {
    const mock = await startMock();
    const outcome = await runContract({
      baseUrl: mock.url,
      seed: 2,
      operations: ['creditstatus'],
      checks: ['response-schema'],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.suites.map((suite) => suite.name)).toEqual(['creditstatus']);
    const applied = new Set(
      outcome.report.suites.flatMap((suite) => suite.cases.flatMap((result) => result.checks)),
    );
    expect([...applied]).toEqual(['response-schema']);
  });
});
