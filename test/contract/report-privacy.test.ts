import { afterEach, describe, expect, it } from 'vitest';
import { containsCard } from '../../src/contract/checks/card-match.js';
import {
  type ContractReport,
  renderConsoleSummary,
  renderJunit,
  runContract,
} from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

/** Every text a run's reports hold: the JSON report, the JUnit XML, the console summary. */
function reportTexts(report: ContractReport): string {
  return JSON.stringify(report) + renderJunit(report) + renderConsoleSummary(report);
}

/**
 * A card's digits in groups of `size` parted by `separator`: in ones and twos (`22 02 20 12`),
 * the generic masking sees a list of short numbers, not a card.
 */
function partWith(digits: string, size: number, separator: string): string {
  return (digits.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(separator);
}

/** The digits of the card a credit request carried, in JSON or as a form. */
function readCard(body: string): string {
  let card: unknown;
  try {
    card = (JSON.parse(body) as Record<string, unknown>).creditcard_number;
  } catch {
    card = new URLSearchParams(body).get('creditcard_number');
  }
  return String(card ?? '').replace(/\D/g, '');
}

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

  it('masks the password of the base URL everywhere, and still sends it', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    const authorizations = new Set<string>();
    proxy = await startFaultProxy(mock.url, {
      request(request) {
        authorizations.add(request.headers.authorization ?? '(none)');
        return undefined;
      },
      response(response, request) {
        if (request.url === '/v1/add/user' && response.status === 201) response.status = 200;
      },
    });
    const { port } = new URL(proxy.url);
    const outcome = await runContract({
      baseUrl: `http://ci:s3cretPass@127.0.0.1:${port}`,
      seed: 8,
      operations: ['adduser'],
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.summary.failed).toBeGreaterThan(0);
    expect(reportTexts(report)).not.toContain('s3cretPass');
    expect(report.baseUrl).toBe(`http://ci:***@127.0.0.1:${port}`);
    const failed = report.suites[0]?.cases.find((result) => result.status === 'failed');
    expect(failed?.exchange?.request.url).toMatch(
      /^http:\/\/ci:\*\*\*@127\.0\.0\.1:\d+\/v1\/add\/user$/,
    );
    expect(failed?.exchange?.curl).toContain(`'http://ci:***@127.0.0.1:${port}/v1/add/user'`);
    expect([...authorizations]).toEqual([
      `Basic ${Buffer.from('ci:s3cretPass').toString('base64')}`,
    ]);
  });

  it('masks the password of the base URL in the line saying the target cannot be reached', async () => {
    const outcome = await runContract({ baseUrl: 'http://ci:s3cretPass@127.0.0.1:9' });

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(/^cannot reach http:\/\/ci:\*\*\*@127\.0\.0\.1:9: /);
    expect(outcome.error).not.toContain('s3cretPass');
  });

  it('masks the cards it sent however a target parts their digits, its own and earlier ones', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    const sent: string[] = [];
    proxy = await startFaultProxy(mock.url, {
      request(request) {
        const digits = request.url === '/v1/add/credit' ? readCard(request.body) : '';
        if (digits.length >= 12) sent.push(digits);
        return undefined;
      },
      // Every created credit is answered 200 with its card echoed, so every valid case fails.
      response(response, request) {
        if (request.url !== '/v1/add/credit' || response.status !== 201) return;
        const own = readCard(request.body);
        const body = JSON.parse(response.body) as Record<string, unknown>;
        body.comment = `карта ${partWith(own, 2, ' ')}; ${partWith(own, 1, '-')}`;
        response.body = JSON.stringify(body);
        response.status = 200;
        response.headers['x-first-card'] = partWith(sent[0] ?? '', 2, '.');
      },
    });
    const outcome = await runContract({ baseUrl: proxy.url, seed: 8, operations: ['addcredit'] });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { report } = outcome;
    expect(report.summary.failed).toBeGreaterThan(1);
    expect(sent.length).toBeGreaterThan(1);
    const text = reportTexts(report);
    expect(sent.filter((digits) => containsCard(text, digits))).toEqual([]);
    const first = sent[0] ?? '';
    expect(text).toContain(
      `${partWith(first.slice(0, 6), 2, '.')}.**.**.**.${partWith(first.slice(-4), 2, '.')}`,
    );
    expect(text).toContain(
      `${partWith(first.slice(0, 6), 1, '-')}-*-*-*-*-*-*-${partWith(first.slice(-4), 1, '-')}`,
    );
  });
});
