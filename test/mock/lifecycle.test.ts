import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createCreditBody, createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

const STEP_MS = 5000;
let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 3, clock: 'manual', strict: true, stepDelayMs: STEP_MS });
});
afterAll(() => mock.close());

async function fileCredit(amount: string, headers: Record<string, string> = {}): Promise<number> {
  const profile = await sendJson(
    mock,
    'POST',
    '/v1/add/user',
    createProfileBody({ income: 50000 }),
  );
  const body = createCreditBody(profile.json.inn, { amount });
  const filed = await sendJson(mock, 'POST', '/v1/add/credit', body, headers);
  expect(filed.status).toBe(201);
  return filed.json.creditid;
}

async function readStatus(creditid: number) {
  const received = await send(mock, 'GET', `/api/v1/status/credit?creditid=${creditid}`);
  expect(received.status).toBe(200);
  return received.json;
}

async function advance(ms: number): Promise<void> {
  const moved = await sendJson(mock, 'POST', '/__mock/clock/advance', { ms });
  expect(moved.status).toBe(200);
}

describe('the credit lifecycle on the manual clock', () => {
  it('moves an affordable loan new -> in_review -> approved -> issued, then repaid', async () => {
    const creditid = await fileCredit('15000');
    const seen = [(await readStatus(creditid)).status];
    for (let step = 0; step < 3; step += 1) {
      await advance(STEP_MS);
      seen.push((await readStatus(creditid)).status);
    }
    expect(seen).toEqual(['new', 'in_review', 'approved', 'issued']);

    const repaid = await sendJson(mock, 'POST', `/__mock/credits/${creditid}/status`, {
      status: 'repaid',
    });
    expect(repaid.status).toBe(200);
    const final = await readStatus(creditid);
    expect(final.status).toBe('repaid');
    expect(final.history.map((entry: { status: string }) => entry.status)).toEqual([
      'new',
      'in_review',
      'approved',
      'issued',
      'repaid',
    ]);
  });

  it('rejects an amount over three monthly incomes, with the reason', async () => {
    const creditid = await fileCredit('200000');
    await advance(2 * STEP_MS);
    const status = await readStatus(creditid);
    expect(status.status).toBe('rejected');
    expect(status.reason_code).toBe('amount_exceeds_income');
    expect(status.reason.length).toBeGreaterThan(0);
  });

  it('follows Prefer: scenario=rejected for an affordable loan', async () => {
    const creditid = await fileCredit('15000', { prefer: 'scenario=rejected' });
    await advance(2 * STEP_MS);
    const status = await readStatus(creditid);
    expect(status.status).toBe('rejected');
    expect(status.reason_code).toBe('requested_scenario');
  });

  it('follows Prefer: scenario=repaid through every status', async () => {
    const creditid = await fileCredit('15000', { prefer: 'scenario=repaid' });
    await advance(4 * STEP_MS);
    const status = await readStatus(creditid);
    expect(status.history.map((entry: { status: string }) => entry.status)).toEqual([
      'new',
      'in_review',
      'approved',
      'issued',
      'repaid',
    ]);
  });
});

describe('the clock', () => {
  it('moves a real-clock server forward too, so its credits need no waiting', async () => {
    const real = await createMockServer({ clock: 'real', strict: true, stepDelayMs: STEP_MS });
    try {
      const profile = await sendJson(
        real,
        'POST',
        '/v1/add/user',
        createProfileBody({ income: 50000 }),
      );
      const body = createCreditBody(profile.json.inn, { amount: '15000' });
      const filed = await sendJson(real, 'POST', '/v1/add/credit', body);
      expect(filed.status).toBe(201);
      const { creditid } = filed.json as { creditid: number };

      const moved = await sendJson(real, 'POST', '/__mock/clock/advance', { ms: STEP_MS * 2 });
      expect(moved.status).toBe(200);
      const status = await send(real, 'GET', `/api/v1/status/credit?creditid=${creditid}`);
      expect((status.json as { status: string }).status).not.toMatch(/^(new|in_review)$/);
    } finally {
      await real.close();
    }
  });

  it('refuses a move that is neither ms nor seconds', async () => {
    const refused = await sendJson(mock, 'POST', '/__mock/clock/advance', { minutes: 1 });
    expect(refused.status).toBe(422);
  });
});
