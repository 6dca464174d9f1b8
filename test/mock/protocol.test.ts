import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { createCreditBody, createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
});
afterAll(() => mock.close());

/** Writes raw bytes to the server and reads what comes back until it closes the connection. */
function sendRaw(text: string): Promise<{ head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(mock.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      resolve({ head: raw.slice(0, split), body: raw.slice(split + 4) });
    });
    socket.end(text);
  });
}

describe('CORS', () => {
  it('reflects the request headers a preflight asks for, and says it varies by them', async () => {
    const preflight = await send(mock, 'OPTIONS', '/api/v1/status/credit', {
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, x-request-id',
      },
      unchecked: true,
    });
    expect(preflight.status).toBe(204);
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('x-request-id');
    expect(String(preflight.headers.vary).toLowerCase()).toContain(
      'access-control-request-headers',
    );
  });

  it('exposes every header the mock sends, and varies answers by language and format', async () => {
    const answer = await send(mock, 'GET', '/api/v1/status/credit?creditid=1');
    const exposed = String(answer.headers['access-control-expose-headers']).toLowerCase();
    for (const header of ['allow', 'content-disposition', 'content-language', 'accept-encoding']) {
      expect(exposed).toContain(header);
    }
    const vary = String(answer.headers.vary).toLowerCase();
    expect(vary).toContain('accept-language');
    expect(vary).toContain('accept');
  });
});

describe('Prefer', () => {
  async function file(prefer: string) {
    const profile = await sendJson(mock, 'POST', '/v1/add/user', createProfileBody());
    return sendJson(mock, 'POST', '/v1/add/credit', createCreditBody(profile.json.inn), {
      prefer,
    });
  }

  it('ignores preferences it does not know', async () => {
    expect((await file('return=minimal')).status).toBe(201);
    expect((await file('scenario=lost')).status).toBe(201);
  });

  it('finds the scenario in a list and whatever the case of its name', async () => {
    const overdue = await file('scenario=overdue, respond-async');
    const repaid = await file('SCENARIO=repaid');
    expect([overdue.status, repaid.status]).toEqual([201, 201]);

    await sendJson(mock, 'POST', '/__mock/clock/advance', { ms: 60 * DAY_MS });
    const read = async (creditid: number) =>
      (await send(mock, 'GET', `/api/v1/status/credit?creditid=${creditid}`)).json.status;
    expect(await read(overdue.json.creditid)).toBe('overdue');
    expect(await read(repaid.json.creditid)).toBe('repaid');
  });
});

describe('bad query values', () => {
  it('are all named in one problem, 400 when one is not of its type', async () => {
    const refused = await send(mock, 'GET', '/api/v1/docs/credit?creditid=abc&inn=x');
    expect(refused.status).toBe(400);
    const pointers = refused.json.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toContain('/creditid');
    expect(pointers).toContain('/inn');
  });
});

describe('HEAD', () => {
  it('answers a GET path like GET, without a body', async () => {
    const target = '/api/v1/status/credit?creditid=1';
    const get = await send(mock, 'GET', target);
    const head = await send(mock, 'HEAD', target, { unchecked: true });

    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.headers['content-length']).toBe(String(get.raw.length));
  });

  it('is listed in Allow and in a preflight', async () => {
    const refused = await send(mock, 'DELETE', '/api/v1/status/credit?creditid=1');
    expect(refused.status).toBe(405);
    expect(refused.headers.allow).toBe('GET, HEAD');
    const preflight = await send(mock, 'OPTIONS', '/api/v1/status/credit', { unchecked: true });
    expect(preflight.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});

describe('requests the HTTP parser refuses', () => {
  it.each([
    ['an unknown method', 'FROB /v1/add/user HTTP/1.1\r\nHost: x\r\n\r\n'],
    [
      'a bad chunk size',
      'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
    ],
    [
      'Content-Length with Transfer-Encoding',
      'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    ],
    ['an HTTP/1.1 request without Host', 'GET /api/v1/status/credit?creditid=1 HTTP/1.1\r\n\r\n'],
  ])('get a problem for %s', async (_name, raw) => {
    const { head, body } = await sendRaw(raw);
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    const problem = JSON.parse(body);
    expect(problem.type).toBe('urn:microf1:problem:malformed-request');
    expect(mock.contract.validate('#/components/schemas/Problem', problem, 'en')).toEqual([]);
  });
});

describe('Expect', () => {
  it('other than 100-continue is ignored: the request is served as without it', async () => {
    const { head, body } = await sendRaw(
      'GET /api/v1/status/credit?creditid=1 HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n' +
        'Connection: close\r\n\r\n',
    );
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(JSON.parse(body).creditid).toBe(1);
  });

  it('100-continue gets its interim answer, then the answer to the body sent after it', async () => {
    const { head, body } = await sendRaw(
      'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n' +
        'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(head).toMatch(/^HTTP\/1\.1 100 /);
    expect(body).toMatch(/^HTTP\/1\.1 422 /);
  });
});

describe('Content-Encoding', () => {
  it('other than identity is 415, saying the encoding is not supported', async () => {
    const refused = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify(createProfileBody()),
    });
    expect(refused.status).toBe(415);
    expect(refused.json.type).toBe('urn:microf1:problem:unsupported-content-encoding');
    expect(refused.json.detail).toContain('gzip');
    expect(refused.headers['accept-encoding']).toBe('identity');

    const identity = await send(mock, 'POST', '/v1/add/user', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      body: JSON.stringify(createProfileBody()),
    });
    expect(identity.status).toBe(201);
  });
});

describe('a document answer', () => {
  it('carries Content-Disposition inline, named after the contract number', async () => {
    const server = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    try {
      const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }).then((response) => response.json() as Promise<Record<string, string>>);
      const profile = await post('/v1/add/user', createProfileBody());
      const inn = String(profile.inn);
      const filed = await post('/v1/add/credit', createCreditBody(inn), {
        prefer: 'scenario=approved',
      });
      await post('/__mock/clock/advance', { ms: DAY_MS });

      const target = `${server.url}/api/v1/docs/credit?creditid=${filed.creditid}&inn=${inn}`;
      const json = (await (await fetch(target)).json()) as { contract_number: string };
      const pdf = await fetch(target, { headers: { accept: 'application/pdf' } });
      await pdf.arrayBuffer();
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-disposition')).toBe(
        `inline; filename="${json.contract_number}.pdf"`,
      );
    } finally {
      await server.close();
    }
  });
});
