import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContractReport } from '../types.js';
import { summarize } from './summary.js';
import { checkOutDir, writeReports } from './write-reports.js';

const report = {
  tool: 'microf1 test',
  suites: [],
  summary: summarize([], 0),
  durationMs: 1,
} as unknown as ContractReport;

describe('writing the file reports', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'microf1-reports-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes into a folder it creates', async () => {
    const written = await writeReports(report, ['json', 'junit'], join(dir, 'new'));

    expect(written).toEqual({
      ok: true,
      paths: [join(dir, 'new', 'contract-junit.xml'), join(dir, 'new', 'contract-report.json')],
    });
    expect(await checkOutDir(join(dir, 'new'))).toBeUndefined();
  });

  it('says in one line, without throwing, that a file stands where the folder should be', async () => {
    const file = join(dir, 'taken');
    await writeFile(file, 'x');

    const written = await writeReports(report, ['json'], file);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.error).toMatch(/^cannot write .*contract-report\.json: \S+/);
    expect(await checkOutDir(file)).toMatch(/^cannot write the reports into .*taken: /);
    expect((await checkOutDir(file))?.includes('\n')).toBe(false);
  });
});
