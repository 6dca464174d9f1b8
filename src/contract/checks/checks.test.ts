import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledContract, compileContract, loadSpec } from '../../spec/index.js';
import type { CaseResponse } from '../types.js';
import { checkExpectation } from './expectation-checks.js';
import { runResponseChecks } from './index.js';

let contract: CompiledContract;
beforeAll(async () => {
  const loaded = await loadSpec();
  if (!loaded.ok) throw new Error(loaded.error);
  contract = compileContract(loaded.document, { today: () => '2026-12-04' });
});

function respond(
  status: number,
  type: string,
  body: unknown,
  headers: Record<string, string> = {},
): CaseResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    status,
    headers: { 'content-type': type, ...headers },
    bytes: Buffer.from(text),
    text,
    ...(type.includes('json') && typeof body !== 'string' ? { json: body } : {}),
    durationMs: 3,
  };
}

const status = {
  creditid: 1,
  status: 'new',
  status_label: 'Новая',
  updated_at: '2026-12-04T10:16:00.000Z',
  history: [{ status: 'new', at: '2026-12-04T10:16:00.000Z' }],
};
const problem = {
  type: 'urn:microf1:problem:not-found',
  title: 'Не найдено',
  status: 404,
  detail: 'Нет.',
};

function failuresOf(response: CaseResponse, cardNumbers: string[] = [], maxResponseMs?: number) {
  const operation = contract.operation('creditstatus');
  const request = {
    method: 'GET',
    path: '/api/v1/status/credit',
    query: { creditid: '1' },
    headers: {},
  };
  const input = { contract, operation, request, response, cardNumbers, maxResponseMs };
  return runResponseChecks(input, undefined).failures.map((failure) => failure.check);
}

describe('response checks', () => {
  it('pass a response that matches the spec', () => {
    expect(failuresOf(respond(200, 'application/json', status))).toEqual([]);
    expect(failuresOf(respond(404, 'application/problem+json', problem))).toEqual([]);
  });

  it.each([
    [
      'a 5xx',
      respond(503, 'application/problem+json', { ...problem, status: 503 }),
      'no-server-error',
    ],
    ['an undeclared status', respond(201, 'application/json', status), 'status-documented'],
    ['a wrong content type', respond(200, 'text/html', '<p>'), 'content-type'],
    [
      'an undocumented field',
      respond(200, 'application/json', { ...status, extra: 1 }),
      'response-schema',
    ],
    [
      'a wrong enum value',
      respond(200, 'application/json', { ...status, status: 'done' }),
      'response-schema',
    ],
    ['an error as plain JSON', respond(404, 'application/json', problem), 'problem-json'],
    [
      'a problem with another status',
      respond(404, 'application/problem+json', { ...problem, status: 400 }),
      'problem-json',
    ],
  ])('find %s', (_name, response, check) => {
    expect(failuresOf(response)).toContain(check);
  });

  it('find a card number echoed in the body, with its pointer', () => {
    const response = respond(200, 'application/json', {
      ...status,
      note: 'карта 2200700012345673',
    });
    const operation = contract.operation('creditstatus');
    const request = { method: 'GET', path: '/x', query: {}, headers: {} };
    const input = {
      contract,
      operation,
      request,
      response,
      cardNumbers: ['2200700012345673'],
      maxResponseMs: undefined,
    };
    const failure = runResponseChecks(input, undefined).failures.find(
      (found) => found.check === 'card-not-echoed',
    );
    expect(failure?.violations.map((violation) => violation.pointer)).toEqual(['/note']);
  });

  it('find a card number sent and echoed in a header, naming it only masked', () => {
    const response = respond(200, 'application/json', status, {
      'x-debug': 'card 2200 7000 1234 5673',
    });
    const operation = contract.operation('creditstatus');
    const request = { method: 'GET', path: '/x', query: {}, headers: {} };
    const input = {
      contract,
      operation,
      request,
      response,
      cardNumbers: ['2200700012345673'],
      maxResponseMs: undefined,
    };
    const [failure] = runResponseChecks(input, undefined).failures;
    expect(failure?.check).toBe('card-not-echoed');
    expect(failure?.message).toContain('220070******5673');
    expect(failure?.message).not.toContain('2200700012345673');
  });

  it.each([
    ['colons', { note: '2200:7000:1234:5673' }, {}],
    ['four spaces', { note: 'карта 2200    7000    1234    5673' }, {}],
    ['dots', { note: '2200.7000.1234.5673' }, {}],
    ['bars, in a header', {}, { 'x-debug': '2200|7000|1234|5673' }],
    ['fullwidth digits', { note: '２２００７０００１２３４５６７３' }, {}],
  ])('find a sent card number echoed with %s', (_name, extra, headers) => {
    const response = respond(200, 'application/json', { ...status, ...extra }, headers);

    expect(failuresOf(response, ['2200700012345673'])).toContain('card-not-echoed');
  });

  it('find a sent card number that a JSON escape hides from the text', () => {
    const text = JSON.stringify({ ...status, note: 'X' }).replace(
      '"X"',
      '"2200\\u003700012345673"',
    );
    const response = { ...respond(200, 'application/json', JSON.parse(text)), text };

    expect(failuresOf(response, ['2200700012345673'])).toContain('card-not-echoed');
  });

  it('find no echo when letters part the digits of a sent card', () => {
    const body = { ...status, note: 'дом 2200, кв 7000, код 1234, пин 5673' };
    const response = respond(200, 'application/json', body, { 'x-room': '2200 b 7000 1234 5673' });

    expect(failuresOf(response, ['2200700012345673'])).not.toContain('card-not-echoed');
  });

  it('find a response slower than the budget only when one is set', () => {
    expect(failuresOf(respond(200, 'application/json', status), [], 1)).toContain('response-time');
    expect(failuresOf(respond(200, 'application/json', status))).not.toContain('response-time');
  });
});

describe('checkExpectation', () => {
  const refusal = {
    kind: 'refused',
    statuses: [422],
    pointer: '/inn',
    code: 'inn_checksum',
  } as const;
  const named = (pointer: string, code: string) =>
    respond(422, 'application/problem+json', {
      ...problem,
      status: 422,
      errors: [{ pointer, code, message: 'm' }],
    });

  it.each([
    [
      'accepted invalid input',
      refusal,
      respond(201, 'application/json', {}),
      ['invalid-input-refused'],
    ],
    [
      'a refusal with another status',
      refusal,
      respond(400, 'application/problem+json', {}),
      ['invalid-input-refused'],
    ],
    [
      'a refusal naming another field',
      refusal,
      named('/fio', 'inn_checksum'),
      ['error-names-field'],
    ],
    ['a refusal with another code', refusal, named('/inn', 'pattern'), ['error-names-field']],
    ['a refusal naming the field', refusal, named('/inn', 'inn_checksum'), []],
    [
      'refused valid input',
      { kind: 'accepted' } as const,
      respond(422, 'application/problem+json', {}),
      ['valid-input-accepted'],
    ],
    [
      'a conflict the state explains',
      { kind: 'accepted', tolerated: [409] } as const,
      respond(409, 'application/problem+json', {}),
      [],
    ],
  ])('judges %s', (_name, expectation, response, checks) => {
    expect(
      checkExpectation(expectation, response).failures.map((failure) => failure.check),
    ).toEqual(checks);
  });
});
