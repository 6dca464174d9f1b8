import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microf1Middleware } from '../../src/http/express-middleware.js';

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

/** A POST whose gzipped JSON body is sent with `Transfer-Encoding: gzip, chunked`. */
function postGzipTransfer(
  url: string,
  body: unknown,
): Promise<{ status: number; json: { errors: { code: string }[] } }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'gzip, chunked' },
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString()),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(gzipSync(JSON.stringify(body)));
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
