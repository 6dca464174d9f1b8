import { afterEach, describe, expect, it } from 'vitest';
import { renderConsoleSummary, renderJunit, runContract } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

describe('personal data in the reports', () => {
  let mock: MockServer | undefined;
  let proxy: FaultProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    await mock?.close();
  });

  it('masks INNs, passport series and numbers and header values, and points at the seed', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    const sent = new Set<string>();
    proxy = await startFaultProxy(mock.url, {
      request(request) {
        if (request.url !== '/v1/add/user') return undefined;
        try {
          const body = JSON.parse(request.body) as Record<string, unknown>;
          for (const name of ['inn', 'passport_series_blank', 'passport_number_blank']) {
            const value = String(body[name] ?? '').replace(/\D/g, '');
            if (value.length >= 4) sent.add(value);
          }
        } catch {}
        return undefined;
      },
      // Every created profile is answered 200, so every valid case fails and keeps its bodies.
      response(response, request) {
        if (request.url === '/v1/add/user' && response.status === 201) response.status = 200;
      },
    });
    const outcome = await runContract({
      baseUrl: proxy.url,
      seed: 8,
      operations: ['adduser'],
      headers: { Authorization: 'Bearer secret-token' },
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.summary.failed).toBeGreaterThan(0);
    const text = JSON.stringify(report) + renderJunit(report) + renderConsoleSummary(report);
    expect(sent.size).toBeGreaterThan(10);
    // A whole number, not digits inside a phone number or a postcode.
    const leaked = [...sent].filter((value) =>
      new RegExp(`(?<![0-9*])${value}(?![0-9])`).test(text),
    );
    expect(leaked).toEqual([]);
    expect(text).not.toContain('secret-token');

    const curl = report.suites[0]?.cases.find((result) => result.status === 'failed')?.exchange
      ?.curl;
    expect(curl).toContain("-H 'Authorization: ***'");
    expect(curl).toContain('# personal data masked; --seed 8 sends exactly this request');
  });
});
