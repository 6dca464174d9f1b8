import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/index.js';
import type { OpenApiDocument } from '../../src/spec/index.js';
import { type ListeningServer, listenOnLoopback } from './listen.js';

/** A target on 127.0.0.1 and a free port that answers every request 204 after `delayMs`. */
function startTarget(delayMs = 0): Promise<ListeningServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((_request, response) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      response.writeHead(204).end();
    }, delayMs);
    timers.add(timer);
  });
  return listenOnLoopback(server, () => {
    for (const timer of timers) clearTimeout(timer);
  });
}

/** A spec of one path whose operations answer 204 with no body, for the given methods. */
function specOf(methods: readonly string[]): OpenApiDocument {
  const operations = Object.fromEntries(
    methods.map((method) => [
      method,
      { operationId: `ping${method}`, responses: { '204': { description: 'done' } } },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'ping', version: '1' },
    paths: { '/ping': operations },
  } as unknown as OpenApiDocument;
}

describe('a run that cannot give a verdict', () => {
  let target: { close(): Promise<void> } | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it('says that a slow target did not answer within the timeout, and how to wait longer', async () => {
    const slow = await startTarget(400);
    target = slow;
    const outcome = await runContract({ baseUrl: slow.url, timeoutMs: 100, controlUrl: false });

    expect(outcome).toEqual({
      ok: false,
      error: `cannot reach ${slow.url}: it did not answer within the timeout of 100 ms; if it is only slow, raise --timeout-ms`,
    });
  });

  it.each([
    ['operations', { operations: [] }, 'no operation was selected (operations is empty)'],
    ['checks', { checks: [] }, 'no check was selected (checks is empty)'],
  ])('refuses empty %s before any request', async (_name, selection, error) => {
    const outcome = await runContract({ baseUrl: 'http://127.0.0.1:9', ...selection });

    expect(outcome).toEqual({ ok: false, error });
  });

  it.each([
    [
      'http://127.0.0.1:9/?x=1',
      'baseUrl must have no query and no fragment: http://127.0.0.1:9/?x=1',
    ],
    [
      'http://127.0.0.1:9/#top',
      'baseUrl must have no query and no fragment: http://127.0.0.1:9/#top',
    ],
    ['ftp://127.0.0.1:9', 'baseUrl must be http or https, not ftp:'],
  ])('refuses the base URL %s before any request', async (baseUrl, error) => {
    expect(await runContract({ baseUrl })).toEqual({ ok: false, error });
  });

  it('refuses to pass a selection that leaves no case to run', async () => {
    const answering = await startTarget();
    target = answering;
    const document = specOf(['get', 'put', 'post', 'delete', 'patch']);
    const outcome = await runContract({
      baseUrl: answering.url,
      document,
      operations: ['pingget'],
      controlUrl: false,
    });

    expect(outcome).toEqual({
      ok: false,
      error: 'nothing was tested: the selection leaves no case to run',
    });
  });

  it('refuses to pass a run on which none of the selected checks applied', async () => {
    const answering = await startTarget();
    target = answering;
    const outcome = await runContract({
      baseUrl: answering.url,
      document: specOf(['get']),
      checks: ['response-time'],
      controlUrl: false,
    });

    expect(outcome).toEqual({
      ok: false,
      error: 'nothing was tested: none of the selected checks applies to the 1 case',
    });
  });
});
