import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMockSettings } from '../../src/cli/commands/mock-options.js';
import { type MockIo, runMock } from '../../src/cli/commands/mock.js';
import { readTestSettings } from '../../src/cli/commands/test-options.js';
import { readWholeNumber } from '../../src/common/read-whole-number.js';

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

  it('reads MICROF1_STRICT as on or off, and refuses what is neither', () => {
    expect(readMockSettings([], { MICROF1_STRICT: 'YES' })).toMatchObject({
      settings: { strict: true },
    });
    expect(readMockSettings([], { MICROF1_STRICT: '0' })).toMatchObject({
      settings: { strict: false },
    });
    expect(readMockSettings([], { MICROF1_STRICT: '2' })).toEqual({
      ok: false,
      error: 'MICROF1_STRICT must be 1, true or yes (on), or 0, false or no (off), not "2"',
    });
    expect(readMockSettings(['--strict'], { MICROF1_STRICT: ' 1' })).toMatchObject({
      settings: { strict: true },
    });
  });
});

describe('the base URL of microf1 test', () => {
  it.each([
    ['http://127.0.0.1:4010/#frag'],
    ['http://127.0.0.1:4010/?x=1'],
    ['http://127.0.0.1:4010 '],
  ])('refuses %j: paths joined after it would not reach the target', (url) => {
    const read = readTestSettings(['--base-url', url]);
    expect(read.ok).toBe(false);
  });

  it('takes a scheme in capitals, and masks a password written without //', () => {
    expect(readTestSettings(['--base-url', 'HTTP://127.0.0.1:4010']).ok).toBe(true);
    const read = readTestSettings(['--base-url', 'user:s3cr3tPW@127.0.0.1:4501']);
    expect(read).toEqual({
      ok: false,
      error:
        '--base-url must be an http(s) URL without a query or a fragment, got "user:***@127.0.0.1:4501"',
    });
  });
});

describe('whole-number settings', () => {
  const PORT = { name: '--port', min: 0, max: 65535 };

  it.each([' 80', '4405 ', '\t4405', '', '+5', '-0', '0x10', '1e3', '1.0', '4 405', '٤٤٠٥'])(
    'take digits only, not %j',
    (text) => {
      expect(readWholeNumber(text, PORT)).toBe(
        `--port must be a whole number from 0 to 65535, not ${JSON.stringify(text)}`,
      );
    },
  );

  it('read digits, leading zeros included', () => {
    expect(readWholeNumber('04405', PORT)).toBe(4405);
  });

  it('are refused padded with spaces in flags and variables of microf1 mock', () => {
    expect(readMockSettings(['--port', ' 80'], {})).toEqual({
      ok: false,
      error: '--port must be a whole number from 0 to 65535, not " 80"',
    });
    expect(readMockSettings(['--seed', ' 5'], {})).toEqual({
      ok: false,
      error: '--seed must be a whole number from 0 to 2147483647, not " 5"',
    });
    expect(readMockSettings([], { MICROF1_PORT: ' 4406' })).toEqual({
      ok: false,
      error: 'MICROF1_PORT must be a whole number from 0 to 65535, not " 4406"',
    });
  });

  it.each([
    ['--timeout-ms', ' 5', '--timeout-ms takes a whole number of at least 1, got " 5"'],
    [
      '--max-response-ms',
      '5\t',
      '--max-response-ms takes a whole number of at least 1, got "5\\t"',
    ],
    ['--seed', '+5', '--seed takes a whole number, got "+5"'],
    ['--seed', '0x5', '--seed takes a whole number, got "0x5"'],
  ])('are refused in microf1 test: %s %j', (flag, text, error) => {
    const argv = ['--base-url', 'http://127.0.0.1:1', flag, text];
    expect(readTestSettings(argv)).toEqual({ ok: false, error });
  });
});

describe('flag errors', () => {
  it.each([
    [['--header', 'X: a\nY: b'], '--header takes "Name: value", got "X: a\\nY: b"'],
    [['--reporter', 'a\rb'], 'unknown reporter "a\\rb" (use console, junit, json)'],
    [
      ['--control-url', 'x\ny'],
      '--control-url must be an http(s) URL without a query or a fragment, got "x\\ny"',
    ],
  ])('quote the value of %j with its control characters escaped, on one line', (extra, error) => {
    const argv = ['--base-url', 'http://127.0.0.1:1', ...extra];
    expect(readTestSettings(argv)).toEqual({ ok: false, error });
  });

  it('quote a clock or a host the same way', () => {
    expect(readMockSettings(['--clock', 'fast\n'], {})).toEqual({
      ok: false,
      error: '--clock must be "real" or "manual", not "fast\\n"',
    });
    expect(readMockSettings([], { MICROF1_HOST: '\t' })).toEqual({
      ok: false,
      error: 'MICROF1_HOST must be a host name or an IP address, not "\\t"',
    });
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
