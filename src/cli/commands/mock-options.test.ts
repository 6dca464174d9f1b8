import { describe, expect, it } from 'vitest';
import { readMockSettings } from './mock-options.js';

describe('readMockSettings', () => {
  it.each([
    [['--host', ''], {}, '--host must be a host name or an IP address, not ""'],
    [['--host', ' '], {}, '--host must be a host name or an IP address, not " "'],
    [[], { MICROF1_HOST: '' }, 'MICROF1_HOST must be a host name or an IP address, not ""'],
    [[], { MICROF1_SPEC: '' }, 'MICROF1_SPEC must be a file path, not ""'],
    [['--data='], {}, '--data must be a file path, not ""'],
  ])('refuses the empty setting in %j %j', (argv, env, error) => {
    expect(readMockSettings(argv, env)).toEqual({ ok: false, error });
  });

  it('reads a host given by a flag or by MICROF1_HOST', () => {
    expect(readMockSettings(['--host', '::1'], {})).toMatchObject({ settings: { host: '::1' } });
    expect(readMockSettings([], { MICROF1_HOST: '0.0.0.0' })).toMatchObject({
      settings: { host: '0.0.0.0' },
    });
  });

  it.each([
    [['--port', '-1'], '--port must be a whole number from 0 to 65535, not "-1"'],
    [['--seed', '-1'], '--seed must be a whole number from 0 to 2147483647, not "-1"'],
    [['--seed', '1.5'], '--seed must be a whole number from 0 to 2147483647, not "1.5"'],
  ])('refuses %j by the rule of the setting', (argv, error) => {
    expect(readMockSettings(argv, {})).toEqual({ ok: false, error });
  });
});
