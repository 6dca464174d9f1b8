import { readFile } from 'node:fs/promises';
import type { CompiledContract } from '../../spec/index.js';
import { checkFixtures } from './check-fixtures.js';
import type { MockFixtures } from './fixtures.js';

/** The outcome of reading a fixtures file: the fixtures, or one message saying why not. */
export type ReadFixtures =
  | { readonly ok: true; readonly fixtures: MockFixtures }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a fixtures file (`--data FILE`) and checks it against the spec.
 *
 * @example
 * const read = await readFixturesFile('fixtures/default.json', contract);
 * if (!read.ok) process.stderr.write(`${read.error}\n`);
 */
export async function readFixturesFile(
  path: string,
  contract: CompiledContract,
): Promise<ReadFixtures> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Failed to read the data file ${path}: ${reason}` };
  }
  const check = checkFixtures(value, contract);
  if (!check.ok) {
    const list = check.errors.map((error) => `  - ${error}`).join('\n');
    return { ok: false, error: `Failed to load the data file ${path}: it is not valid:\n${list}` };
  }
  return { ok: true, fixtures: check.fixtures };
}
