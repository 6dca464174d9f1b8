import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMockServer, type MockServerOptions } from './mock-server.js';
import { assembleMock } from '../mock/core/create-mock.js';
import { startNodeServer } from './node-server.js';

/** Options as a JavaScript caller, or a test suite with a loose type, might pass them. */
function loose(options: Record<string, unknown>): MockServerOptions {
  return options as MockServerOptions;
}

describe('createMockServer', () => {
  it('refuses a port that is not a number instead of listening on a socket file', async () => {
    const name = 'microf1-not-a-port';
    try {
      await expect(createMockServer(loose({ port: name }))).rejects.toThrow(
        new TypeError(
          `Failed to start the mock: port must be a whole number from 0 to 65535, not "${name}"`,
        ),
      );
      expect(existsSync(name)).toBe(false);
    } finally {
      rmSync(name, { force: true });
    }
  });

  it.each([
    [{ host: '' }, RangeError, 'host must be a host name or an IP address, not ""'],
    [{ port: -1 }, RangeError, 'port is too small: at least 0, not -1'],
    [{ port: 70000 }, RangeError, 'port is too big: at most 65535, not 70000'],
    [{ clock: 'bogus' }, RangeError, 'clock must be "real" or "manual", not "bogus"'],
    [{ seed: -1 }, RangeError, 'seed is too small: at least 0, not -1'],
    [{ seed: 1.5 }, RangeError, 'seed must be a whole number from 0 to 2147483647, not 1.5'],
    [{ seed: 'abc' }, TypeError, 'seed must be a whole number from 0 to 2147483647, not "abc"'],
    [{ strict: 'yes' }, TypeError, 'strict must be true or false, not "yes"'],
  ])('refuses %j in one line naming the option', async (options, kind, message) => {
    const started = createMockServer(loose(options));

    await expect(started).rejects.toThrow(new kind(`Failed to start the mock: ${message}`));
  });

  it('starts with every option left undefined, as with none', async () => {
    const mock = await createMockServer(loose({ seed: 1, clock: 'manual', host: undefined }));
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await mock.close();
    }
  });
});

describe('startNodeServer', () => {
  it('refuses an empty host, which node would read as every network interface', async () => {
    const assembled = await assembleMock({ seed: 1, clock: 'manual' });
    if (!assembled.ok) throw new Error(assembled.error);
    const { core } = assembled.mock;
    await expect(startNodeServer(core, { host: ' ', port: 0 })).rejects.toThrow(RangeError);
    await expect(startNodeServer(core, { host: '', port: 0 })).rejects.toThrow(
      /host must be a host name or an IP address/,
    );
  });
});
