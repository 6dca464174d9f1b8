import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMockSettings } from '../../src/cli/commands/mock-options.js';
import { readTestSettings } from '../../src/cli/commands/test-options.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
});
afterAll(() => mock.close());

describe('Russian messages', () => {
  it('say where JSON broke in Russian', async () => {
    const received = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/json' },
      body: '{"inn": "7704012340",',
    });
    const message = received.json.errors[0].message as string;
    expect(message).toMatch(/позиц\S* \d+/);
    // The name of the format is the only Latin word.
    expect(message.replace('JSON', '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it.each([
    [1, 'В запросе 1 ошибка.'],
    [2, 'В запросе 2 ошибки.'],
    [5, 'В запросе 5 ошибок.'],
  ])('count %i error(s) with the right plural form', async (count, detail) => {
    const broken = ['fio', 'bdate', 'mobile_phone', 'address_reg', 'income'].slice(0, count);
    const body = createProfileBody();
    for (const field of broken) delete body[field];
    const received = await sendJson(mock, 'POST', '/v1/add/user', body);
    expect(received.status).toBe(422);
    expect(received.json.errors).toHaveLength(count);
    expect(received.json.detail).toBe(detail);
  });

  it('count the errors of an unreadable request in the same words', async () => {
    const received = await send(mock, 'GET', '/api/v1/docs/credit?creditid=abc&inn=x');
    expect(received.status).toBe(400);
    const count = received.json.errors.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(received.json.detail).toMatch(new RegExp(`В запросе ${count} ошиб(ка|ки|ок)\\.$`));
  });

  it('count in English too', async () => {
    const headers = { 'accept-language': 'en' };
    const one = await sendJson(
      mock,
      'POST',
      '/v1/add/user',
      { ...createProfileBody(), fio: 5 },
      headers,
    );
    expect(one.json.detail).toBe('The request has 1 error.');
  });
});

describe('settings errors', () => {
  it('name the environment variable a bad value came from', () => {
    const read = readMockSettings([], { MICROF1_SEED: 'seven' });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^MICROF1_SEED must be/);
    const flag = readMockSettings(['--seed', 'seven'], {});
    if (!flag.ok) expect(flag.error).toMatch(/^--seed must be/);
  });

  it('call a number too big too big', () => {
    const read = readMockSettings(['--seed', '99999999999999999999'], {});
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/too big/);
    const port = readMockSettings([], { MICROF1_PORT: '70000' });
    if (!port.ok) expect(port.error).toMatch(/^MICROF1_PORT is too big/);
  });
});

describe('flags of the contract runner', () => {
  it('call a number too big too big', () => {
    const read = readTestSettings(['--base-url', 'http://127.0.0.1:1', '--seed', '1'.repeat(30)]);
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/^--seed is too big/) });
  });
});
