import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from './fault-proxy.js';

describe('finding the mock control API', () => {
  let mock: MockServer;
  let proxy: FaultProxy;
  const seen: ProxiedRequest[] = [];

  beforeEach(async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    seen.length = 0;
  });
  afterEach(async () => {
    await proxy.close();
    await mock.close();
  });

  it('takes a backend that answers 200 to any path for no control API', async () => {
    proxy = await startFaultProxy(mock.url, {
      request(request) {
        seen.push({ ...request });
        if (!request.url.startsWith('/__mock/')) return undefined;
        return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
      },
    });
    const outcome = await runContract({ baseUrl: proxy.url, seed: 3, operations: ['adduser'] });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.controlApi).toBe(false);
    expect(seen.filter((request) => request.url.startsWith('/__mock/clock'))).toEqual([]);
  });

  it('sends the user headers with control requests too', async () => {
    proxy = await startFaultProxy(mock.url, {
      request(request) {
        seen.push({ ...request, headers: { ...request.headers } });
        return undefined;
      },
    });
    const outcome = await runContract({
      baseUrl: proxy.url,
      seed: 3,
      operations: ['adduser'],
      headers: { 'x-api-key': 'secret-key' },
    });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.controlApi).toBe(true);
    const control = seen.filter((request) => request.url.startsWith('/__mock/'));
    expect(control.length).toBeGreaterThan(0);
    expect(control.map((request) => request.headers['x-api-key'])).toEqual(
      control.map(() => 'secret-key'),
    );
  });
});
