import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFolder } from '../../common/make-folder.js';
import type { ContractReport } from '../types.js';
import { renderJunit } from './junit.js';

/** The reporters a run can write. */
export const REPORTERS = ['console', 'junit', 'json'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** File names of the file reporters inside the output folder. */
export const REPORT_FILES = { junit: 'contract-junit.xml', json: 'contract-report.json' } as const;

/** The paths written, or one line saying why a report could not be written. */
export type WrittenReports =
  | { readonly ok: true; readonly paths: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** Whether any of the reporters writes a file. */
export function writesFiles(reporters: readonly ReporterName[]): boolean {
  return reporters.some((name) => name !== 'console');
}

/**
 * Makes sure the output folder exists (creating it) and can be written, before a run spends its
 * time; resolves to one line saying why not, or `undefined` when it can.
 */
export async function checkOutDir(outDir: string): Promise<string | undefined> {
  try {
    await makeFolder(outDir);
    await access(outDir, constants.W_OK);
    return undefined;
  } catch (error) {
    return `cannot write the reports into ${outDir}: ${describeFsError(error)}`;
  }
}

/**
 * Writes the file reports (JUnit XML, JSON) the reporters ask for into `outDir`, and resolves
 * to the paths written. The console reporter writes no file.
 */
export async function writeReports(
  report: ContractReport,
  reporters: readonly ReporterName[],
  outDir: string,
): Promise<WrittenReports> {
  const written: string[] = [];
  const files: [ReporterName, string, () => string][] = [
    ['junit', REPORT_FILES.junit, () => renderJunit(report)],
    ['json', REPORT_FILES.json, () => `${JSON.stringify(report, null, 2)}\n`],
  ];
  for (const [name, file, render] of files) {
    if (!reporters.includes(name)) continue;
    const path = join(outDir, file);
    try {
      await makeFolder(outDir);
      await writeFile(path, render());
    } catch (error) {
      return { ok: false, error: `cannot write ${path}: ${describeFsError(error)}` };
    }
    written.push(path);
  }
  return { ok: true, paths: written };
}

/** A file system error in one line: its code and message, never its stack. */
function describeFsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
