import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

/** Runs the CLI in-process and returns its exit code and what it wrote to stderr. */
async function runCli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the flags of every command', () => {
  it.each([
    [
      ['mock', '--port', '-1'],
      'microf1 mock: --port must be a whole number from 0 to 65535, not "-1". Run "microf1 mock --help".',
    ],
    [
      ['mock', '-p', '-1'],
      'microf1 mock: --port must be a whole number from 0 to 65535, not "-1". Run "microf1 mock --help".',
    ],
    [
      ['mock', '--seed', '-1'],
      'microf1 mock: --seed must be a whole number from 0 to 2147483647, not "-1". Run "microf1 mock --help".',
    ],
    [
      ['test', '--base-url', 'http://127.0.0.1:1', '--seed', '-5'],
      'microf1 test: --seed takes a whole number, got "-5". Run "microf1 test --help".',
    ],
    [
      ['fixtures', '--seed', '-1'],
      'microf1 fixtures: --seed must be a whole number from 0 to 2147483647, not "-1". Run "microf1 fixtures --help".',
    ],
  ])(
    'takes the negative number in %j as the value, and refuses it in one line',
    async (argv, line) => {
      const { code, stderr } = await runCli(...argv);

      expect(code).toBe(2);
      expect(stderr).toBe(`${line}\n`);
    },
  );

  it.each([
    [['mock', '--port', '--seed', '1']],
    [['mock', '--bogus']],
    [['test', '--base-url']],
    [['test', '--base-url', 'http://127.0.0.1:1', '--out', '--no-control']],
    [['fixtures', '--out']],
    [['fixtures', 'extra']],
    [['spec', '--spec', '--help']],
  ])('answers a flag error of %j in one line with one period before the hint', async (argv) => {
    const { code, stderr } = await runCli(...argv);

    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/[^.]\. Run "microf1 \w+ --help"\.\n$/);
  });
});
