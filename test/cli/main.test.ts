import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in-process and returns its exit code and what it wrote to stdout and stderr. */
async function runCli(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('microf1', () => {
  it('prints its commands with --help and exits 0', async () => {
    const { code, stdout } = await runCli('--help');
    expect(code).toBe(0);
    for (const command of ['mock', 'test', 'spec', 'fixtures']) expect(stdout).toContain(command);
  });

  it('prints the version of package.json with --version', async () => {
    const { code, stdout } = await runCli('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses a missing or unknown command with exit 2', async () => {
    expect((await runCli()).code).toBe(2);
    const unknown = await runCli('serve');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "serve"');
  });
});

describe('microf1 spec', () => {
  it('lists the four operations of the contract', async () => {
    const { code, stdout } = await runCli('spec');
    expect(code).toBe(0);
    expect(stdout).toMatch(/POST\s+\/v1\/add\/user\s+adduser/);
    expect(stdout).toMatch(
      /GET\s+\/api\/v1\/docs\/credit\s+creditdocs\s+\[200 400 404 406 409 422 500\]/,
    );
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--spec', '/nonexistent/spec.yaml'], 'cannot read the spec'],
  ])('answers %j with one line and exit 2', async (argv, message) => {
    const { code, stderr } = await runCli('spec', ...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
