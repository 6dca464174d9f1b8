import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
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

/**
 * Writes raw bytes to the server and reads what comes back until it closes the connection. With
 * `keepOpen` the client does not end its side: only the server can close the connection.
 */
function sendRaw(
  text: string | Buffer,
  { keepOpen = false } = {},
): Promise<{ head: string; body: string }> {
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
    if (keepOpen) socket.write(text);
    else socket.end(text);
  });
}

/** The problem of a raw answer, checked against the spec's Problem schema. */
function readProblem(body: string) {
  const problem = JSON.parse(body);
  expect(mock.contract.validate('#/components/schemas/Problem', problem, 'en')).toEqual([]);
  return problem;
}

describe('CORS', () => {
  it('reflects the request headers a preflight asks for, and says it varies by them', async () => {
    const preflight = await send(mock, 'OPTIONS', '/api/v1/status/credit', {
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, x-request-id, x-4111111111111111',
      },
      unchecked: true,
    });
    expect(preflight.status).toBe(204);
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('x-request-id');
    expect(allowed).toContain('x-411111******1111');
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

describe('long header values', () => {
  // Cookies of 127.0.0.1 go to every port: a front end's own must not break the mock.
  const LONG = 'a'.repeat(9000);

  it.each([
    ['POST', '/v1/add/user', 'cookie', `session=${LONG}`],
    ['POST', '/v1/add/user', 'x-pad', LONG],
    ['GET', '/__mock/health', 'authorization', `Bearer ${LONG}`],
    ['GET', '/__mock/health', 'cookie', `session=${LONG}`],
  ])(
    'are ignored on %s %s in a header the mock does not read (%s)',
    async (method, path, name, value) => {
      const body = method === 'POST' ? JSON.stringify(createProfileBody()) : undefined;
      const headers = { 'content-type': 'application/json', [name]: value };
      const received = await send(mock, method, path, { headers, ...(body && { body }) });
      expect(received.status).toBe(method === 'POST' ? 201 : 200);
    },
  );

  it.each([
    ['accept-language', `en;q=0.9, ${'x'.repeat(9000)}`],
    ['prefer', `scenario=approved, x=${'y'.repeat(9000)}`],
  ])('are refused in a header the mock reads (%s)', async (name, value) => {
    const headers = { 'content-type': 'application/json', [name]: value };
    const body = JSON.stringify(createCreditBody('7707083893'));
    const received = await send(mock, 'POST', '/v1/add/credit', { headers, body });
    expect(received.status).toBe(400);
    expect(received.json.errors).toEqual([
      expect.objectContaining({ pointer: `/${name}`, code: 'header_too_large' }),
    ]);
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
    expect(refused.headers.allow).toBe('GET, HEAD, OPTIONS');
    const preflight = await send(mock, 'OPTIONS', '/api/v1/status/credit', { unchecked: true });
    expect(preflight.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});

describe('Allow on a 405', () => {
  it.each([
    ['PUT', '/v1/add/user', 'POST, OPTIONS'],
    ['POST', '/api/v1/status/credit', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/__mock/health', 'GET, HEAD, OPTIONS'],
  ])(
    'of %s %s lists the methods a preflight lists, OPTIONS included',
    async (method, path, allow) => {
      const refused = await send(mock, method, path, { unchecked: path.startsWith('/__mock/') });
      expect(refused.status).toBe(405);
      expect(refused.headers.allow).toBe(allow);
      expect(refused.json.detail).toContain(allow);
      const preflight = await send(mock, 'OPTIONS', path, { unchecked: true });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.allow).toBe(refused.headers.allow);
    },
  );
});

describe('CONNECT', () => {
  it('to an authority is answered as any method on an unknown path, then the connection closed', async () => {
    const { head, body } = await sendRaw('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n', {
      keepOpen: true,
    });
    expect(head).toMatch(/^HTTP\/1\.1 404 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(head.toLowerCase()).toContain('connection: close');
    expect(readProblem(body).type).toBe('urn:microf1:problem:unknown-path');
  });

  it('to a documented path is 405 with the Allow of any other method', async () => {
    const { head, body } = await sendRaw(
      'CONNECT /v1/add/user HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n',
      { keepOpen: true },
    );
    expect(head).toMatch(/^HTTP\/1\.1 405 /);
    expect(head.toLowerCase()).toContain('allow: post, options');
    const problem = readProblem(body);
    expect(problem.type).toBe('urn:microf1:problem:method-not-allowed');
    expect(problem.title).toBe('Method not allowed');
  });

  it('without Host in HTTP/1.1 is the same 400 as any request without it', async () => {
    const { head, body } = await sendRaw('CONNECT 127.0.0.1:22 HTTP/1.1\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(readProblem(body).errors[0].code).toBe('missing_host');
  });

  it('is journaled', async () => {
    mock.core.journal.clear();
    await sendRaw('CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n');
    const methods = mock.core.journal.list().map((entry) => entry.method);
    expect(methods).toContain('CONNECT');
  });
});

describe('Upgrade', () => {
  it('is not taken up: the request is served as without it', async () => {
    const { head, body } = await sendRaw(
      'GET /api/v1/status/credit?creditid=1 HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n' +
        'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(JSON.parse(body).creditid).toBe(1);
  });
});

describe('Transfer-Encoding', () => {
  /** A POST of a profile as JSON, gzipped, with the given transfer codings around it. */
  function postGzipped(codings: string, language = 'ru') {
    const gzipped = gzipSync(JSON.stringify(createProfileBody()));
    const head =
      `POST /v1/add/user HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ${codings}\r\n` +
      `Content-Type: application/json\r\nAccept-Language: ${language}\r\n\r\n`;
    const chunk = `${gzipped.length.toString(16)}\r\n`;
    return sendRaw(
      Buffer.concat([Buffer.from(head + chunk), gzipped, Buffer.from('\r\n0\r\n\r\n')]),
      { keepOpen: true },
    );
  }

  it('with a coding other than chunked is a 400 naming the coding, not a body read as text', async () => {
    const { head, body } = await postGzipped('gzip, chunked');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head.toLowerCase()).toContain('connection: close');
    const problem = readProblem(body);
    expect(problem.type).toBe('urn:microf1:problem:malformed-request');
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0].code).toBe('unsupported_transfer_coding');
    expect(problem.errors[0].message).toContain('«gzip»');

    const english = readProblem((await postGzipped('gzip, chunked', 'en')).body);
    expect(english.errors[0].message).toBe(
      'The transfer coding "gzip" is not supported; send the body with chunked alone.',
    );
  });

  it.each([
    ['with its body', { late: false }],
    ['with its body sent after the answer', { late: true }],
  ])(
    'without chunked, %s, gets one answer and then the connection closes',
    async (_name, { late }) => {
      const head =
        'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n' +
        'Content-Type: application/json\r\n\r\n';
      const body = JSON.stringify(createProfileBody());
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(mock.port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('error', reject);
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('data', (chunk) => {
          chunks.push(chunk);
          if (late && !socket.writableEnded) socket.write(body, () => {});
        });
        socket.write(late ? head : head + body);
      });
      expect(raw.match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      const split = raw.indexOf('\r\n\r\n');
      expect(raw.slice(0, split).toLowerCase()).toContain('connection: close');
      expect(readProblem(raw.slice(split + 4)).errors[0].code).toBe('unsupported_transfer_coding');
    },
  );

  it('chunked alone, or after identity, is read as before', async () => {
    const { head, body } = await sendRaw(
      'POST /v1/add/user HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity, chunked\r\n' +
        'Content-Type: application/json\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    );
    expect(head).toMatch(/^HTTP\/1\.1 422 /);
    expect(readProblem(body).type).toBe('urn:microf1:problem:validation-failed');
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

describe('bytes the HTTP parser refuses after a whole request', () => {
  it('are not answered ahead of that request: its answer comes alone, then the connection closes', async () => {
    const body = JSON.stringify(createProfileBody());
    const { head, body: rest } = await sendRaw(
      `POST /v1/add/user HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}FROB / HTTP/1.1\r\n\r\n`,
      { keepOpen: true },
    );
    expect(head).toMatch(/^HTTP\/1\.1 201 /);
    expect(rest).not.toMatch(/HTTP\/1\.1/);
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
