import { describe, expect, it } from 'vitest';
import { parseFlags } from './parse-flags.js';

const FLAGS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

describe('parseFlags', () => {
  it.each([
    [['--port', '-1'], '-1'],
    [['-p', '-1'], '-1'],
    [['--port', '-0.5'], '-0.5'],
    [['--port', '-1e3'], '-1e3'],
    [['--port=-7'], '-7'],
  ])('takes the negative number in %j as the value of its flag', (argv, port) => {
    expect(parseFlags(argv, FLAGS)).toEqual({ ok: true, values: { port } });
  });

  it('leaves a negative number after a flag that takes no value to be refused', () => {
    expect(parseFlags(['--strict', '-1'], FLAGS)).toEqual({
      ok: false,
      error: "Unknown option '-1'",
    });
  });

  it('leaves what follows -- alone', () => {
    expect(parseFlags(['--', '--port', '-1'], FLAGS)).toMatchObject({
      ok: false,
      error: expect.stringContaining("Unexpected argument '--port'"),
    });
  });

  it.each([
    [
      ['--port', '--host', 'x'],
      '--port needs a value (write --port=VALUE for a value that starts with a dash)',
    ],
    [
      ['-p', '--strict'],
      '--port needs a value (write --port=VALUE for a value that starts with a dash)',
    ],
    [
      ['--host', '-x'],
      '--host needs a value (write --host=VALUE for a value that starts with a dash)',
    ],
    [['--port'], "Option '-p, --port <value>' argument missing"],
    [['--bogus'], "Unknown option '--bogus'"],
    [['extra'], "Unexpected argument 'extra'. This command does not take positional arguments"],
  ])('answers %j in one line with no final period', (argv, error) => {
    expect(parseFlags(argv, FLAGS)).toEqual({ ok: false, error });
  });
});
