import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_FILES, runContract, writeReports } from '../../src/contract/index.js';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

const PADDING = 1024 * 1024;

describe('the size of the JSON report', () => {
  let mock: MockServer | undefined;
  let proxy: FaultProxy | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await proxy?.close();
    await mock?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('stays bounded when failing answers carry megabytes, and says what it cut', async () => {
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    // Every created profile is answered 200 with a field of a megabyte, so every valid case fails.
    proxy = await startFaultProxy(mock.url, {
      response(response, request) {
        if (request.url !== '/v1/add/user' || response.status !== 201) return;
        const body = JSON.parse(response.body) as Record<string, unknown>;
        body.padding = 'x'.repeat(PADDING);
        body.items = Array.from({ length: 20_000 }, (_, index) => ({ index }));
        response.body = JSON.stringify(body);
        response.status = 200;
      },
    });
    const outcome = await runContract({ baseUrl: proxy.url, seed: 3, operations: ['adduser'] });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    dir = await mkdtemp(join(tmpdir(), 'microf1-size-'));
    const written = await writeReports(outcome.report, ['json'], dir);
    expect(written.ok).toBe(true);

    const path = join(dir, REPORT_FILES.json);
    const { failed } = outcome.report.summary;
    expect(failed).toBeGreaterThan(3);
    // A request body and a response body of 64 KiB each at most, and the rest of the record.
    expect((await stat(path)).size).toBeLessThan(failed * 200 * 1024);
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/… \[cut: a body of \d{7} bytes in all\]/);
  });
});
