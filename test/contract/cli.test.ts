import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the built CLI without blocking this process (the mock answers from it). */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      ['bin/microf1.js', 'test', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('microf1 test (the built CLI)', () => {
  let mock: MockServer;
  let proxy: FaultProxy;
  let out: string;

  beforeAll(async () => {
    // The CLI runs compiled code; a type error elsewhere still emits, so only the output counts.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
    mock = await createMockServer({ seed: 1, clock: 'manual', strict: true });
    proxy = await startFaultProxy(mock.url, {
      response(response, request) {
        if (request.url === '/v1/add/user' && response.status === 201) response.status = 200;
      },
    });
    out = await mkdtemp(join(tmpdir(), 'microf1-contract-'));
  }, 120_000);

  afterAll(async () => {
    await proxy.close();
    await mock.close();
    await rm(out, { recursive: true, force: true });
  });

  it('exits 0 when every check passes, writes the JUnit and JSON reports, keeps stdout clean', async () => {
    const result = await runCli([
      '--base-url',
      mock.url,
      '--seed',
      '4',
      '--reporter',
      'console,junit',
      '--reporter',
      'json',
      '--out',
      out,
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('PASSED');
    const report = JSON.parse(await readFile(join(out, 'contract-report.json'), 'utf8'));
    expect(report.summary.failed).toBe(0);
    expect(report.seed).toBe(4);
    const junit = await readFile(join(out, 'contract-junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="operation: adduser"');
    expect(junit).toContain('<testsuite name="workflow: credit-lifecycle"');
  });

  it('exits 1 on a contract failure and names the check', async () => {
    const result = await runCli([
      '--base-url',
      proxy.url,
      '--operations',
      'adduser',
      '--checks',
      'status-documented',
    ]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[status-documented] status 200 is not declared for adduser');
    expect(result.stderr).toContain('reproduce: curl');
  });

  it.each([
    ['an unreachable target', ['--base-url', 'http://127.0.0.1:9'], 'cannot reach'],
    ['no base URL', [], '--base-url is required'],
    [
      'an unknown flag',
      ['--base-url', 'http://127.0.0.1:9', '--frobnicate'],
      "Unknown option '--frobnicate'",
    ],
    [
      'an unreadable spec',
      ['--base-url', 'http://127.0.0.1:9', '--spec', '/nonexistent/spec.yaml'],
      'cannot read the spec',
    ],
    [
      'an unknown reporter',
      ['--base-url', 'http://127.0.0.1:9', '--reporter', 'html'],
      'unknown reporter "html"',
    ],
    [
      'an unreachable target whose URL holds a password',
      ['--base-url', 'http://ci:s3cretPass@127.0.0.1:9'],
      'cannot reach http://ci:***@127.0.0.1:9: ',
    ],
    [
      'a base URL that is not http(s) and holds a password',
      ['--base-url', 'ftp://ci:s3cretPass@127.0.0.1:9'],
      '--base-url must be an http(s) URL without a query or a fragment, got "ftp://ci:***@127.0.0.1:9"',
    ],
  ])('exits 2 on %s, in one line', async (_name, args, message) => {
    const result = await runCli(args);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('s3cretPass');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [
      '--out naming a file',
      (file: string) => ['--reporter', 'json', '--out', file],
      'cannot write the reports into',
    ],
    [
      '--out under a file',
      (file: string) => ['--reporter', 'junit', '--out', join(file, 'reports')],
      'cannot write the reports into',
    ],
    [
      'an invalid --control-url',
      () => ['--control-url', 'not a url'],
      '--control-url must be an http(s) URL',
    ],
    ['--reporter with no name', () => ['--reporter', ''], '--reporter needs at least one of'],
    ['--operations with no id', () => ['--operations', ''], '--operations needs at least one'],
    ['--operations of a comma', () => ['--operations', ','], '--operations needs at least one'],
    ['--operations of a space', () => ['--operations', ' '], '--operations needs at least one'],
    ['--checks with no name', () => ['--checks', ''], '--checks needs at least one check name'],
    ['an unknown check', () => ['--checks', 'frobnicate'], 'there is no check "frobnicate"'],
    [
      '--workflows on a folder without workflows',
      (_file: string, dir: string) => ['--workflows', dir],
      'there are no workflows',
    ],
    [
      '--no-control with --control-url',
      () => ['--no-control', '--control-url', 'http://127.0.0.1:9/__mock'],
      'contradict',
    ],
    [
      '--timeout-ms 0',
      () => ['--timeout-ms', '0'],
      '--timeout-ms takes a whole number of at least 1',
    ],
    [
      '--max-response-ms 0',
      () => ['--max-response-ms', '0'],
      '--max-response-ms takes a whole number of at least 1',
    ],
  ])('exits 2 on %s, in one line, before any request', async (_name, extra, message) => {
    const file = join(out, 'a-file');
    await writeFile(file, 'x');
    const dir = await mkdtemp(join(tmpdir(), 'microf1-empty-'));
    const result = await runCli(['--base-url', 'http://127.0.0.1:9', ...extra(file, dir)]);
    await rm(dir, { recursive: true, force: true });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when --control-url names a place where no control API answers', async () => {
    const result = await runCli(['--base-url', mock.url, '--control-url', 'http://127.0.0.1:9/x']);

    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'microf1 test: no control API answers at http://127.0.0.1:9/x/health',
    );
  });

  it('exits 2 when none of the selected checks applies, rather than passing', async () => {
    const result = await runCli([
      '--base-url',
      mock.url,
      '--operations',
      'creditstatus',
      '--checks',
      'response-time',
    ]);

    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('PASSED');
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^microf1 test: nothing was tested: none of the selected checks applies to any of the \d+ cases$/,
    );
  });

  it('masks the password of the base URL in every report and line it writes', async () => {
    const { port } = new URL(proxy.url);
    const dir = await mkdtemp(join(tmpdir(), 'microf1-password-'));
    const result = await runCli([
      '--base-url',
      `http://ci:s3cretPass@127.0.0.1:${port}`,
      '--operations',
      'adduser',
      '--reporter',
      'console,junit,json',
      '--out',
      dir,
    ]);
    const json = await readFile(join(dir, 'contract-report.json'), 'utf8');
    const junit = await readFile(join(dir, 'contract-junit.xml'), 'utf8');
    await rm(dir, { recursive: true, force: true });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`request: POST http://ci:***@127.0.0.1:${port}/v1/add/user`);
    expect(JSON.parse(json).baseUrl).toBe(`http://ci:***@127.0.0.1:${port}`);
    expect(junit).toContain(`'http://ci:***@127.0.0.1:${port}/v1/add/user'`);
    for (const text of [result.stderr, result.stdout, json, junit]) {
      expect(text).not.toContain('s3cretPass');
    }
  });

  it('exits 2 on an operationId the spec does not have', async () => {
    const result = await runCli(['--base-url', mock.url, '--operations', 'deleteuser']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the spec has no operation "deleteuser"');
  });

  it('prints its help with examples', async () => {
    const result = await runCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--max-response-ms');
  });
});
