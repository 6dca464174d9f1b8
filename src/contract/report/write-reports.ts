import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContractReport } from '../types.js';
import { renderJunit } from './junit.js';

/** The reporters a run can write. */
export const REPORTERS = ['console', 'junit', 'json'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** File names of the file reporters inside the output folder. */
export const REPORT_FILES = { junit: 'contract-junit.xml', json: 'contract-report.json' } as const;

/**
 * Writes the file reports (JUnit XML, JSON) the reporters ask for into `outDir`, and resolves
 * to the paths written. The console reporter writes no file.
 */
export async function writeReports(
  report: ContractReport,
  reporters: readonly ReporterName[],
  outDir: string,
): Promise<string[]> {
  const written: string[] = [];
  const files: [ReporterName, string, () => string][] = [
    ['junit', REPORT_FILES.junit, () => renderJunit(report)],
    ['json', REPORT_FILES.json, () => `${JSON.stringify(report, null, 2)}\n`],
  ];
  for (const [name, file, render] of files) {
    if (!reporters.includes(name)) continue;
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, file);
    await writeFile(path, render());
    written.push(path);
  }
  return written;
}
