import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/index.js';
import { type CompiledContract, compileContract } from '../../spec/compile.js';
import { loadSpec } from '../../spec/load.js';
import type { MockState } from '../state/index.js';
import type { OperationHandler } from '../types.js';
import { createMockCore } from './create-core.js';

let contract: CompiledContract;

beforeAll(async () => {
  const loaded = await loadSpec();
  if (!loaded.ok) throw new Error(loaded.error);
  contract = compileContract(loaded.document, { today: () => '2026-12-01' });
});

/** A state whose only handler is the one under test. */
function createFakeState(creditstatus: OperationHandler): MockState {
  return {
    handlers: { creditstatus },
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    today: () => '2026-12-01',
    counts: () => ({ profiles: 0, credits: 0 }),
    reset: () => undefined,
    listProfiles: () => [],
    listCredits: () => [],
    advanceClock: () => undefined,
    setCreditStatus: () => ({ kind: 'json', status: 200, body: {} }),
    snapshot: () => {
      throw new Error('not used');
    },
  };
}

function createCore(handler: OperationHandler, strict: boolean) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'warn', destination });
  const core = createMockCore({ contract, state: createFakeState(handler), strict, logger });
  return { core, lines };
}

const REQUEST = {
  method: 'GET',
  url: '/api/v1/status/credit?creditid=1',
  headers: {},
  body: new Uint8Array(),
};

const LEAKY: OperationHandler = () => ({
  kind: 'json',
  status: 200,
  body: { creditid: 1, status: 'new', creditcard_number: '2202201234565899' },
});

function readJson(body: Uint8Array) {
  return JSON.parse(Buffer.from(body).toString('utf8'));
}

describe('strict mode', () => {
  it('replaces a response that breaks the contract by a 500 naming the violations', async () => {
    const { core, lines } = createCore(LEAKY, true);
    const response = await core.handle(REQUEST);
    const problem = readJson(response.body);

    expect(response.status).toBe(500);
    expect(problem.type).toBe('urn:microf1:problem:response-contract-violation');
    const codes = problem.errors.map((error: { code: string }) => error.code);
    expect(codes).toEqual(expect.arrayContaining(['required', 'unknown_field']));
    expect(lines.join('')).toMatch(/"level":50.*does not match the contract/);
  });

  it('says so in the language of the request, Russian by default, and logs it in English', async () => {
    const { core, lines } = createCore(LEAKY, true);
    const russian = await core.handle(REQUEST);
    const problem = readJson(russian.body);
    expect(russian.headers['content-language']).toBe('ru');
    expect(problem.title).toBe('Ответ нарушает контракт');
    expect(problem.errors.map((error: { message: string }) => error.message).join(' ')).toMatch(
      /[а-я]/,
    );
    expect(lines.join('')).toContain('does not match the contract');

    const english = await core.handle({ ...REQUEST, headers: { 'accept-language': 'en' } });
    expect(english.headers['content-language']).toBe('en');
    expect(readJson(english.body).title).toBe('Response breaks the contract');
  });

  it('without strict mode, lets it through and still logs it', async () => {
    const { core, lines } = createCore(LEAKY, false);
    const response = await core.handle(REQUEST);

    expect(response.status).toBe(200);
    expect(lines.join('')).toContain('does not match the contract');
    expect(lines.join('')).not.toContain('2202201234565899');
  });

  it('flags a status the operation does not document', async () => {
    const teapot: OperationHandler = () => ({ kind: 'json', status: 418, body: {} });
    const { core } = createCore(teapot, true);
    const problem = readJson((await core.handle(REQUEST)).body);
    expect(problem.errors[0].code).toBe('undocumented_status');
  });
});

describe('a fault', () => {
  it('becomes a 500 problem and a loud log line, never a throw', async () => {
    const broken: OperationHandler = () => {
      throw new Error('card 2202201234565899 exploded');
    };
    const { core, lines } = createCore(broken, true);
    const response = await core.handle(REQUEST);

    expect(response.status).toBe(500);
    expect(readJson(response.body).type).toBe('urn:microf1:problem:internal-error');
    expect(lines.join('')).toContain('exception');
    expect(lines.join('')).not.toContain('2202201234565899');
  });
});

describe('an unchanged answer read again', () => {
  const VIEW = Object.freeze({
    creditid: 1,
    status: 'new',
    status_label: 'Новая',
    updated_at: '2026-12-01T09:00:00.000Z',
    history: Object.freeze([Object.freeze({ status: 'new', at: '2026-12-01T09:00:00.000Z' })]),
  });
  const SAME: OperationHandler = () => ({ kind: 'json', status: 200, body: VIEW });

  it('is written once and reused whole, for GET and HEAD alike', async () => {
    const { core } = createCore(SAME, true);
    const first = await core.handle(REQUEST);
    const second = await core.handle(REQUEST);
    expect(first.status).toBe(200);
    expect(readJson(first.body)).toEqual(VIEW);
    expect(second).toBe(first);

    const head = await core.handle({ ...REQUEST, method: 'HEAD' });
    expect(head.body).toHaveLength(0);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    expect(core.journal.list()).toHaveLength(3);
  });

  it('that breaks the contract is refused every time, never kept', async () => {
    const { core, lines } = createCore(
      () => ({ kind: 'json', status: 200, body: LEAKY_FROZEN }),
      true,
    );
    expect((await core.handle(REQUEST)).status).toBe(500);
    expect((await core.handle(REQUEST)).status).toBe(500);
    expect(lines.filter((line) => line.includes('does not match the contract'))).toHaveLength(2);
  });
});

const LEAKY_FROZEN = Object.freeze({ creditid: 1, status: 'new' });
