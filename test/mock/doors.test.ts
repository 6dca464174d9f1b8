import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { microf1Middleware } from '../../src/http/express-middleware.js';
import { createProfileBody } from './support/people.js';
import { postGzipTransfer } from './support/gzip-transfer.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(microf1Middleware({ seed: 1, clock: 'manual', strict: true }));
  app.get('/app/hello', (_request, response) => {
    response.json({ hello: 'world' });
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the Express middleware after a body parser', () => {
  it('answers a transfer coding other than chunked as the node door does', async () => {
    const refused = await postGzipTransfer(`${base}/v1/add/user`, createProfileBody());
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0]?.code).toBe('unsupported_transfer_coding');
  });

  it('takes the parsed body and still validates it', async () => {
    const app = express();
    app.use(express.json());
    app.use(microf1Middleware({ seed: 1, clock: 'manual', strict: true }));
    const parsed = createServer(app);
    await new Promise<void>((resolve) => parsed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(parsed.address() as AddressInfo).port}/v1/add/user`;
    try {
      const post = (body: unknown) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await post(createProfileBody())).status).toBe(201);
      expect((await post({ inn: 5 })).status).toBe(422);
    } finally {
      parsed.closeAllConnections();
      await new Promise((resolve) => parsed.close(resolve));
    }
  });
});

describe('the Express middleware', () => {
  it('answers the MicroF1 paths', async () => {
    const created = await fetch(`${base}/v1/add/user`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(createProfileBody()),
    });
    expect(created.status).toBe(201);
    const status = await fetch(`${base}/api/v1/status/credit?creditid=1`);
    expect(status.status).toBe(200);
  });

  it('answers the control API', async () => {
    const health = await fetch(`${base}/__mock/health`);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
  });

  it('passes every other path on to the app', async () => {
    const hello = await fetch(`${base}/app/hello`);
    expect(await hello.json()).toEqual({ hello: 'world' });
    const missing = await fetch(`${base}/app/missing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toMatch(/problem/);
  });
});
