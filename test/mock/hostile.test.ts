import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePhpForm } from '../../src/forms/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createProfileBody } from './support/people.js';
import { type Received, type SendOptions, send } from './support/send.js';

let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
});
afterAll(() => mock.close());

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const profile = () => JSON.stringify(createProfileBody());

interface HostileCase {
  readonly name: string;
  readonly method?: string;
  readonly path?: string;
  readonly options: SendOptions;
  readonly status: number;
  readonly code?: string;
}

const CASES: readonly HostileCase[] = [
  {
    name: 'truncated JSON',
    options: { headers: JSON_TYPE, body: profile().slice(0, 60) },
    status: 400,
    code: 'malformed_json',
  },
  {
    name: 'wrong types',
    options: { headers: JSON_TYPE, body: profile().replace('"income":48000', '"income":"много"') },
    status: 422,
    code: 'type',
  },
  {
    name: 'a number too large for a double',
    options: { headers: JSON_TYPE, body: profile().replace('"income":48000', '"income":1e400') },
    status: 422,
  },
  {
    name: 'a 40-digit integer',
    options: {
      headers: JSON_TYPE,
      body: profile().replace('"income":48000', `"income":${'9'.repeat(40)}`),
    },
    status: 422,
    code: 'maximum',
  },
  {
    name: 'JSON nested 10,000 levels',
    options: { headers: JSON_TYPE, body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
    status: 400,
    code: 'nesting_too_deep',
  },
  {
    name: 'JSON nested 65 levels in a short body',
    options: { headers: JSON_TYPE, body: `{"inn":${'['.repeat(64)}${']'.repeat(64)}}` },
    status: 400,
    code: 'nesting_too_deep',
  },
  {
    name: '__proto__ in JSON',
    options: {
      headers: JSON_TYPE,
      body: profile().replace('{', '{"__proto__":{"polluted":true},'),
    },
    status: 422,
    code: 'unknown_field',
  },
  {
    name: 'constructor.prototype in JSON',
    options: {
      headers: JSON_TYPE,
      body: profile().replace('{', '{"constructor":{"prototype":{"polluted":true}},'),
    },
    status: 422,
    code: 'unknown_field',
  },
  {
    name: '__proto__ in a form',
    options: {
      headers: FORM_TYPE,
      body: `__proto__[polluted]=1&${encodePhpForm(createProfileBody())}`,
    },
    status: 422,
    code: 'unknown_field',
  },
  {
    name: 'a raw NUL byte in JSON',
    options: { headers: JSON_TYPE, body: profile().replace('"fio":"', '"fio":"\u0000') },
    status: 400,
    code: 'malformed_json',
  },
  {
    name: 'an escaped NUL in a value',
    options: { headers: JSON_TYPE, body: profile().replace('"fio":"', '"fio":"\\u0000') },
    status: 422,
    code: 'pattern',
  },
  {
    name: 'a chunked body over the limit',
    options: { headers: JSON_TYPE, body: `"${'x'.repeat(2 * 1024 * 1024)}"`, chunked: true },
    status: 413,
  },
  {
    name: 'a wrong content type',
    options: { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' },
    status: 415,
  },
  {
    name: 'a charset other than UTF-8',
    options: {
      headers: { 'content-type': 'application/json; charset=windows-1251' },
      body: profile(),
    },
    status: 415,
  },
  {
    name: 'invalid UTF-8',
    options: {
      headers: JSON_TYPE,
      body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]),
    },
    status: 400,
    code: 'invalid_utf8',
  },
  {
    name: 'a 100 KB value of a header the mock reads',
    options: { headers: { ...JSON_TYPE, prefer: 'a'.repeat(100 * 1024) }, body: profile() },
    status: 400,
    code: 'header_too_large',
  },
  {
    name: 'a form with too many fields',
    options: {
      headers: FORM_TYPE,
      body: Array.from({ length: 5000 }, (_, i) => `f${i}=1`).join('&'),
    },
    status: 400,
    code: 'form_too_many_parameters',
  },
  {
    name: 'a malformed percent escape in a form',
    options: { headers: FORM_TYPE, body: 'inn=%E0%A4%A' },
    status: 400,
    code: 'form_encoding',
  },
  {
    name: 'a query array',
    method: 'GET',
    path: '/api/v1/status/credit?creditid=1&creditid=2',
    options: {},
    status: 400,
    code: 'repeated_parameter',
  },
  {
    name: 'a huge query integer',
    method: 'GET',
    path: `/api/v1/status/credit?creditid=${'9'.repeat(40)}`,
    options: {},
    status: 422,
    code: 'maximum',
  },
  {
    name: 'a query integer beyond any number',
    method: 'GET',
    path: `/api/v1/status/credit?creditid=${'9'.repeat(400)}`,
    options: {},
    status: 400,
    code: 'type',
  },
  {
    name: 'a malformed escape in the query',
    method: 'GET',
    path: '/api/v1/status/credit?creditid=%E0%A4%A',
    options: {},
    status: 400,
  },
  {
    name: 'a very long unknown path',
    method: 'GET',
    path: `/${'a/'.repeat(5000)}`,
    options: {},
    status: 404,
  },
];

async function expectStillServing(): Promise<void> {
  const health = await send(mock, 'GET', '/__mock/health');
  expect(health.status).toBe(200);
}

describe('hostile input', () => {
  it.each(CASES)('$name gets a 4xx problem and the server keeps serving', async (hostile) => {
    const received: Received = await send(
      mock,
      hostile.method ?? 'POST',
      hostile.path ?? '/v1/add/user',
      hostile.options,
    );

    expect(received.status).toBe(hostile.status);
    expect(received.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (hostile.code !== undefined) {
      const codes = received.json.errors.map((error: { code: string }) => error.code);
      expect(codes).toContain(hostile.code);
    }
    await expectStillServing();
  });

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('of a thousand violations with long names lists a bounded few, and the journal still lists', async () => {
    const name = (index: number) => `k${index}${'x'.repeat(1000)}`;
    const form = Array.from({ length: 900 }, (_, index) => `${name(index)}=1`).join('&');
    const json = JSON.stringify(
      Object.fromEntries(Array.from({ length: 900 }, (_, i) => [name(i), 1])),
    );

    for (const [type, body] of [
      [FORM_TYPE, form],
      [JSON_TYPE, json],
    ] as const) {
      for (let round = 0; round < 5; round += 1) {
        const received = await send(mock, 'POST', '/v1/add/user', { headers: type, body });
        expect(received.status).toBe(422);
        expect(received.json.errors).toHaveLength(100);
        expect(received.json.detail).toMatch(
          /^В запросе 9\d\d ошибок?\. Перечислены первые 100\.$/,
        );
        const unknown = received.json.errors.find(
          (error: { code: string }) => error.code === 'unknown_field',
        );
        expect(unknown.pointer).toHaveLength(256);
        expect(unknown.pointer).toMatch(/^\/k\d+x+…$/);
        expect(received.text.length).toBeLessThan(body.length / 10);
      }
    }

    const journal = await send(mock, 'GET', '/__mock/journal');
    expect(journal.status).toBe(200);
    const refused = journal.json.entries.filter(
      (entry: { status: number }) => entry.status === 422,
    );
    expect(refused.length).toBeGreaterThanOrEqual(10);
    for (const entry of refused) {
      expect(entry.violations.length).toBeLessThanOrEqual(20);
      for (const violation of entry.violations)
        expect(violation.pointer.length).toBeLessThanOrEqual(256);
    }
    await expectStillServing();
  });

  it('acts on nothing a client sent before going away mid-body', async () => {
    const before = (await send(mock, 'GET', '/__mock/health')).json.profiles;
    const form = encodePhpForm(createProfileBody());
    const socket = connect(mock.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        `Content-Length: ${form.length + 100}\r\n\r\n${form}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await send(mock, 'GET', '/__mock/health')).json.profiles).toBe(before);
  });

  it('tolerates a UTF-8 byte-order mark before JSON', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(profile())]);
    const received = await send(mock, 'POST', '/v1/add/user', { headers: JSON_TYPE, body });
    expect(received.status).toBe(201);
  });
});
