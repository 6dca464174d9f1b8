import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createCreditBody, createProfileBody } from './support/people.js';
import { type Received, send, sendJson } from './support/send.js';

let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
});
afterAll(() => mock.close());

function expectProblem(received: Received, status: number, type: string): void {
  expect(received.status).toBe(status);
  expect(received.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(received.json.type).toBe(`urn:microf1:problem:${type}`);
}

describe('the error table', () => {
  it('400: a body that is not JSON, naming where it broke', async () => {
    const received = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/json' },
      body: '{"inn": "7704012340",',
    });
    expectProblem(received, 400, 'malformed-request');
    expect(received.json.errors).toEqual([
      expect.objectContaining({ pointer: '', code: 'malformed_json' }),
    ]);
  });

  it('400: a query value not of its type', async () => {
    const received = await send(mock, 'GET', '/api/v1/status/credit?creditid=abc');
    expectProblem(received, 400, 'malformed-request');
    expect(received.json.errors[0]).toMatchObject({ pointer: '/creditid', code: 'type' });
  });

  it('404: an unknown path, with the nearest documented one', async () => {
    const received = await send(mock, 'POST', '/v1/add/users');
    expectProblem(received, 404, 'unknown-path');
    expect(received.json.nearest_path).toBe('/v1/add/user');
    const other = await send(mock, 'GET', '/api/v1/status/credits?creditid=1');
    expect(other.json.nearest_path).toBe('/api/v1/status/credit');
  });

  it('404: an unknown credit', async () => {
    const received = await send(mock, 'GET', '/api/v1/status/credit?creditid=999999');
    expectProblem(received, 404, 'not-found');
  });

  it('405: a known path, another method, with Allow', async () => {
    const received = await send(mock, 'DELETE', '/api/v1/status/credit?creditid=1');
    expectProblem(received, 405, 'method-not-allowed');
    expect(received.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('406: Accept names nothing the operation produces', async () => {
    const received = await send(mock, 'GET', '/api/v1/status/credit?creditid=1', {
      headers: { accept: 'text/html, application/pdf;q=0.9' },
    });
    expectProblem(received, 406, 'not-acceptable');
    expect(received.json.accepted).toEqual(['application/json']);
  });

  it('406 is not raised by wildcards or by q-values that still admit JSON', async () => {
    const headers = { accept: 'text/html, application/json;q=0.1, */*;q=0' };
    const received = await send(mock, 'GET', '/api/v1/status/credit?creditid=1', { headers });
    expect(received.status).toBe(200);
  });

  it('409: a second profile with the same INN', async () => {
    const body = createProfileBody();
    expect((await sendJson(mock, 'POST', '/v1/add/user', body)).status).toBe(201);
    const again = await sendJson(mock, 'POST', '/v1/add/user', body);
    expectProblem(again, 409, 'duplicate');
  });

  it('409: a contract of a credit not approved yet, with its status', async () => {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    const filed = await sendJson(
      mock,
      'POST',
      '/v1/add/credit',
      createCreditBody(profile.json.inn),
    );
    const target = `/api/v1/docs/credit?creditid=${filed.json.creditid}&inn=${profile.json.inn}`;
    const received = await send(mock, 'GET', target);
    expect(received.status).toBe(409);
    expect(received.json.current_status).toBe('new');
  });

  it('413: a body over the limit, refused without reading it all', async () => {
    const received = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/json' },
      body: `{"fio": "${'я'.repeat(600_000)}"}`,
    });
    expectProblem(received, 413, 'payload-too-large');
    expect(received.json.limit_bytes).toBe(1024 * 1024);
  });

  it('415: a content type the operation does not take, or none', async () => {
    const xml = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'text/xml' },
      body: '<user/>',
    });
    expectProblem(xml, 415, 'unsupported-media-type');
    expect(xml.json.accepted).toEqual(['application/json', 'application/x-www-form-urlencoded']);

    const none = await send(mock, 'POST', '/v1/add/user', { body: '{}' });
    expectProblem(none, 415, 'unsupported-media-type');
  });

  it('422: every violation at once, each with pointer, code and message', async () => {
    const body = createProfileBody({ inn: '7704012341', income: 50, work_name: 'ООО «Ромашка»' });
    delete body.fio;
    const received = await sendJson(mock, 'POST', '/v1/add/user', body);

    expectProblem(received, 422, 'validation-failed');
    const found = received.json.errors.map((error: { pointer: string; code: string }) => [
      error.pointer,
      error.code,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/fio', 'required'],
        ['/inn', 'inn_checksum'],
        ['/income', 'minimum'],
        ['/work_phone', 'required_with'],
      ]),
    );
  });

  it('422: a missing required query parameter, an unknown INN for a credit', async () => {
    const missing = await send(mock, 'GET', '/api/v1/docs/credit?creditid=1');
    expectProblem(missing, 422, 'validation-failed');
    expect(missing.json.errors[0]).toMatchObject({ pointer: '/inn', code: 'required' });

    const unknown = await sendJson(mock, 'POST', '/v1/add/credit', createCreditBody('7704012340'));
    expect(unknown.status).toBe(422);
  });

  it('422: an unknown INN is listed with the schema violations of the same application', async () => {
    const pairs = (received: Received) =>
      received.json.errors.map((error: { pointer: string; code: string }) => [
        error.pointer,
        error.code,
      ]);
    const broken = createCreditBody('7704012340', { purpose: '', extra: 1 });
    const unknown = await sendJson(mock, 'POST', '/v1/add/credit', broken);
    expectProblem(unknown, 422, 'validation-failed');
    expect(pairs(unknown)).toEqual(
      expect.arrayContaining([
        ['/inn', 'not_found'],
        ['/extra', 'unknown_field'],
      ]),
    );
    expect(unknown.json.errors.length).toBeGreaterThanOrEqual(3);
    expect(unknown.json.detail).toBe(`В запросе ${unknown.json.errors.length} ошибки.`);

    // An INN the schema refuses is named once, by the schema.
    const badInn = await sendJson(mock, 'POST', '/v1/add/credit', {
      ...broken,
      inn: '7704012341',
    });
    expect(pairs(badInn).filter(([pointer]: [string]) => pointer === '/inn')).toEqual([
      ['/inn', 'inn_checksum'],
    ]);
  });
});

describe('languages', () => {
  it('speaks Russian by default and English when asked, with the same codes', async () => {
    const russian = await sendJson(mock, 'POST', '/v1/add/user', { inn: 1 });
    const english = await sendJson(
      mock,
      'POST',
      '/v1/add/user',
      { inn: 1 },
      {
        'accept-language': 'de-DE, en;q=0.8, ru;q=0.5',
      },
    );

    expect(russian.json.title).toBe('Ошибка проверки данных');
    expect(english.json.title).toBe('Validation failed');
    expect(english.headers['content-language']).toBe('en');
    const codes = (received: Received) => received.json.errors.map((e: { code: string }) => e.code);
    expect(codes(english)).toEqual(codes(russian));
  });

  it('keeps Russian when English is weighed lower', async () => {
    const received = await send(mock, 'GET', '/api/v1/status/credit', {
      headers: { 'accept-language': 'en;q=0.3, ru' },
    });
    expect(received.json.title).toBe('Ошибка проверки данных');
  });
});
