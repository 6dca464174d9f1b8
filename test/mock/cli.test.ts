import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMockSettings } from '../../src/cli/commands/mock-options.js';
import { type MockIo, runMock } from '../../src/cli/commands/mock.js';

function createIo(stopped: Promise<void>): MockIo & { readonly errors: () => string } {
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stderr.on('data', (chunk) => chunks.push(String(chunk)));
  return { env: {}, stdout: new PassThrough(), stderr, stopped, errors: () => chunks.join('') };
}

describe('microf1 mock settings', () => {
  it('has defaults, reads MICROF1_* variables, and lets flags win', () => {
    expect(readMockSettings([], {})).toMatchObject({
      ok: true,
      settings: { port: 4010, host: '127.0.0.1', seed: 1, clock: 'real', strict: false },
    });
    const env = { MICROF1_PORT: '5000', MICROF1_CLOCK: 'manual', MICROF1_STRICT: '1' };
    expect(readMockSettings(['--port', '6000'], env)).toMatchObject({
      ok: true,
      settings: { port: 6000, clock: 'manual', strict: true },
    });
  });

  it('refuses unknown flags and bad values in one line', () => {
    expect(readMockSettings(['--prot', '1'], {}).ok).toBe(false);
    expect(readMockSettings(['--port', '99999'], {})).toEqual({
      ok: false,
      error: '--port is too big: at most 65535, not "99999"',
    });
    expect(readMockSettings(['--clock', 'fast'], {}).ok).toBe(false);
  });
});

describe('microf1 mock', () => {
  it('prints where it listens, serves, and stops cleanly', async () => {
    let stop = () => {};
    const io = createIo(new Promise((resolve) => (stop = resolve)));
    const running = runMock(['--port', '0', '--log-level', 'silent', '--clock', 'manual'], io);

    await expect.poll(() => io.errors(), { timeout: 10_000 }).toMatch(/listening on/);
    const url = /listening on (http:\/\/\S+)/.exec(io.errors())?.[1];
    expect(io.errors()).toMatch(/25 profiles, 50 credits/);
    expect(io.errors()).toContain(`${url}/__mock/`);

    const health = await fetch(`${url}/__mock/health`);
    expect(health.status).toBe(200);
    stop();
    expect(await running).toBe(0);
  });

  it('says in one line that the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const io = createIo(new Promise(() => {}));
      const code = await runMock(['--port', String(port), '--log-level', 'silent'], io);
      expect(code).toBe(1);
      expect(io.errors()).toBe(
        `microf1 mock: 127.0.0.1:${port} is in use; choose another port with --port.\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says in one line that the spec cannot be read', async () => {
    const io = createIo(new Promise(() => {}));
    const code = await runMock(['--spec', '/nonexistent/spec.yaml'], io);
    expect(code).toBe(1);
    expect(io.errors().trim().split('\n')).toHaveLength(1);
  });
});
