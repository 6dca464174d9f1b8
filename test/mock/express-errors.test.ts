import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microf1Middleware } from '../../src/http/express-middleware.js';
import { createMockServer } from '../../src/http/mock-server.js';
import { postGzipTransfer } from './support/gzip-transfer.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  const microf1 = microf1Middleware({ seed: 1, clock: 'manual', strict: true });
  app.use(express.json());
  app.use(microf1);
  app.post('/app/echo', (request, response) => {
    response.json(request.body);
  });
  app.use(microf1.errors);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface ProblemBody {
  readonly type: string;
  readonly errors: readonly { readonly pointer: string; readonly code: string }[];
  readonly limit_bytes?: number;
}

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('the Express middleware behind express.json()', () => {
  it('answers a gzipped transfer the parser could not read by its transfer coding', async () => {
    const refused = await postGzipTransfer(`${base}/v1/add/user`, { inn: '7707083893' });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0]?.code).toBe('unsupported_transfer_coding');
  });

  it('answers malformed JSON on a MicroF1 path as a problem', async () => {
    const response = await post('/v1/add/user', '{"inn": "7704012340",');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as ProblemBody;
    expect(problem.type).toBe('urn:microf1:problem:malformed-request');
    expect(problem.errors[0]).toMatchObject({ pointer: '', code: 'malformed_json' });
  });

  it.each(['deflate', 'gzip', 'br'])(
    'answers a body that does not decompress as %s as a 400 problem, not an HTML page',
    async (encoding) => {
      const response = await post('/v1/add/user', '{"inn":"7704012340"}', {
        'content-encoding': encoding,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as ProblemBody;
      expect(problem.type).toBe('urn:microf1:problem:malformed-request');
      expect(problem.errors[0]?.code).toBe('unreadable_body');
    },
  );

  it('answers a body over the parser limit as a 413 problem', async () => {
    const big = JSON.stringify({ comment: 'x'.repeat(200 * 1024) });
    const response = await post('/v1/add/credit', big, { 'accept-language': 'en' });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as ProblemBody;
    expect(problem.type).toBe('urn:microf1:problem:payload-too-large');
    expect(problem.limit_bytes).toBe(100 * 1024);
  });

  it("leaves the errors of the application's own paths to Express", async () => {
    const response = await post('/app/echo', '{"broken":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).not.toMatch(/problem\+json/);
  });
});

describe('the Express middleware behind express.json() answers as the standalone mock', () => {
  let parserFirst: Server;

  /** What the standalone mock and the middleware answer to the same request: status, type, codes. */
  async function askBoth(path: string, body: string, headers: Record<string, string>) {
    const ask = async (base: string) => {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
      const problem = (await response.json()) as ProblemBody;
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        codes: problem.errors?.map((error) => error.code),
      };
    };
    const standalone = await createMockServer({ seed: 1, clock: 'manual' });
    try {
      const port = (parserFirst.address() as AddressInfo).port;
      return [await ask(standalone.url), await ask(`http://127.0.0.1:${port}`)] as const;
    } finally {
      await standalone.close();
    }
  }

  beforeAll(async () => {
    const app = express();
    const microf1 = microf1Middleware({ seed: 1, clock: 'manual', strict: true });
    app.use(express.json({ limit: '5mb' }));
    app.use(microf1);
    app.use(microf1.errors);
    parserFirst = createServer(app);
    await new Promise<void>((resolve) => parserFirst.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    parserFirst.closeAllConnections();
    await new Promise((resolve) => parserFirst.close(resolve));
  });

  it.each([
    ['too deep for JSON.stringify', 100_000],
    ['too deep for the core', 2_000],
  ])('refuses a body nested %s as too deep', async (_name, depth) => {
    const body = `{"comment":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const [standalone, middleware] = await askBoth('/v1/add/credit', body, JSON_HEADERS);
    expect(standalone).toEqual({
      status: 400,
      type: 'application/problem+json; charset=utf-8',
      codes: ['nesting_too_deep'],
    });
    expect(middleware).toEqual(standalone);
  });

  it('refuses a charset other than UTF-8 as unsupported (415)', async () => {
    const headers = { 'content-type': 'application/json; charset=latin1' };
    const [standalone, middleware] = await askBoth('/v1/add/user', '{"inn":"1"}', headers);
    expect(standalone.status).toBe(415);
    expect(middleware).toEqual(standalone);
  });

  it('says an empty body is required, rather than listing every field it lacks', async () => {
    const [standalone, middleware] = await askBoth('/v1/add/user', '', JSON_HEADERS);
    expect(standalone.codes).toEqual(['body_required']);
    expect(middleware).toEqual(standalone);
  });
});

const JSON_HEADERS = { 'content-type': 'application/json' };
