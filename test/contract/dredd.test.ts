import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { isValidInn10 } from '../../src/rules/index.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);

interface Transaction {
  request: { method: string; uri: string; headers: Record<string, string>; body: string };
  expected: { statusCode: string };
  fullPath: string;
  skip?: boolean;
}
type Done = () => void;

/** Dredd's `hooks` object, reduced to what the MicroF1 hooks use. */
function createFakeHooks() {
  type BeforeAll = (transactions: Transaction[], done: Done) => void;
  type BeforeEach = (transaction: Transaction, done: Done) => void;
  const registered: { beforeAll?: BeforeAll; beforeEach?: BeforeEach } = {};
  return {
    registered,
    hooks: {
      beforeAll: (handler: BeforeAll) => {
        registered.beforeAll = handler;
      },
      beforeEach: (handler: BeforeEach) => {
        registered.beforeEach = handler;
      },
      log: () => undefined,
    },
  };
}

const { registerHooks, freshInn } = require('../../contract-tests/dredd/setup.cjs') as {
  registerHooks: (
    hooks: unknown,
    options: { baseUrl: string },
  ) => { inn?: string; creditid?: number };
  freshInn: () => string;
};

describe('the Dredd configuration', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
  });
  afterAll(async () => {
    await mock.close();
  });

  it('names a spec and hook files that exist', async () => {
    const config = parse(await readFile(`${ROOT}contract-tests/dredd/dredd.yml`, 'utf8'));

    expect(existsSync(`${ROOT}${config.blueprint}`)).toBe(true);
    expect(existsSync(`${ROOT}${config.hookfiles}`)).toBe(true);
    expect(config.language).toBe('nodejs');
    expect(config.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('makes fresh, valid INNs', () => {
    const inns = Array.from({ length: 20 }, () => freshInn());
    expect(inns.every((inn) => isValidInn10(inn))).toBe(true);
    expect(new Set(inns).size).toBe(20);
  });

  it('creates a decided credit, then points transactions at it and skips error transactions', async () => {
    const { hooks, registered } = createFakeHooks();
    const state = registerHooks(hooks, { baseUrl: mock.url });
    await new Promise<void>((resolve) => registered.beforeAll?.([], resolve));

    expect(typeof state.creditid).toBe('number');
    const contract: Transaction = {
      request: {
        method: 'GET',
        uri: '/api/v1/docs/credit?creditid=1&inn=7704012340',
        headers: {},
        body: '',
      },
      expected: { statusCode: '200' },
      fullPath: '/api/v1/docs/credit?creditid=1&inn=7704012340',
    };
    const invalid: Transaction = { ...contract, expected: { statusCode: '422' } };
    for (const transaction of [contract, invalid]) {
      await new Promise<void>((resolve) => registered.beforeEach?.(transaction, resolve));
    }

    expect(invalid.skip).toBe(true);
    expect(contract.skip).toBeUndefined();
    const response = await fetch(`${mock.url}${contract.request.uri}`);
    expect(response.status).toBe(200);
  });
});
