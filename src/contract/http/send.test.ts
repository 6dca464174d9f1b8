import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from './send.js';

/**
 * A server that answers 413 as soon as the headers arrive, then closes without reading the rest
 * of the body, cutting its own answer short as a proxy that gives up does.
 */
async function startEarlyRefuser(): Promise<net.Server> {
  const body = JSON.stringify({ type: 'urn:x:too-large', title: 'Too large', status: 413 });
  const server = net.createServer((socket) => {
    let head = '';
    socket.on('data', (chunk) => {
      if (head.includes('\r\n\r\n')) return;
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const head413 = `HTTP/1.1 413 Payload Too Large\r\ncontent-type: application/problem+json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`;
      socket.write(`${head413}${body.slice(0, 10)}`);
      setTimeout(() => socket.destroy(), 5);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('createHttpClient', () => {
  let server: net.Server | undefined;
  afterEach(() => {
    server?.close();
  });

  it('judges an answer that came before the server closed on a large body', async () => {
    server = await startEarlyRefuser();
    const { port } = server.address() as AddressInfo;
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 5000 });
    const body = `{"x":"${'x'.repeat(2 * 1024 * 1024)}"}`;

    const statuses: (number | string)[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const sent = await client.send({ method: 'POST', path: '/', query: {}, headers: {}, body });
      statuses.push(sent.ok ? sent.response.status : sent.error);
    }
    client.close();
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 413));
  });
});
