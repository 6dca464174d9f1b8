import { readFile, writeFile } from 'node:fs/promises';
import { readWholeNumber } from '../../common/read-whole-number.js';
import { SEED_RANGE } from '../../http/check-server-options.js';
import { createMockState } from '../../mock/state/index.js';
import { compileContract, loadSpec } from '../../spec/index.js';
import type { Command } from '../command.js';
import { parseFlags } from '../parse-flags.js';

const HELP = `Usage: microf1 fixtures [--seed N] [--out FILE] [--check]

Writes the mock's seeded data (profiles, credits with masked cards and their histories) as JSON:
the data "microf1 mock --seed N" starts with, and what "--data FILE" loads.

Options:
  --seed N      the seed of the data (default 1)
  --out FILE    write to FILE instead of standard output
  --check       write nothing; exit 1 when FILE (given by --out) differs from the seed's data
  -h, --help    show this help

Examples:
  microf1 fixtures --out fixtures/default.json
  microf1 fixtures --seed 7 > my-data.json
  microf1 fixtures --check --out fixtures/default.json
`;

/**
 * `microf1 fixtures`: writes, or checks, the seeded data of the mock as a JSON file. Its name and
 * summary are listed in `commands`, which loads this module only when the command runs.
 */
export const fixturesCommand: Pick<Command, 'run'> = {
  async run(argv) {
    const parsed = readOptions(argv);
    if (typeof parsed === 'string') {
      process.stderr.write(`microf1 fixtures: ${parsed}. Run "microf1 fixtures --help".\n`);
      return 2;
    }
    if (parsed.help) {
      process.stdout.write(HELP);
      return 0;
    }

    const text = await renderFixtures(parsed.seed);
    if (typeof text !== 'string') {
      process.stderr.write(`microf1 fixtures: ${text.error}\n`);
      return 1;
    }
    if (parsed.check) {
      return checkFile(parsed.out ?? '', text);
    }
    if (parsed.out === undefined) {
      process.stdout.write(text);
      return 0;
    }
    try {
      await writeFile(parsed.out, text, 'utf8');
    } catch (error) {
      process.stderr.write(
        `microf1 fixtures: cannot write ${parsed.out}: ${describeError(error)}\n`,
      );
      return 2;
    }
    process.stderr.write(`microf1 fixtures: wrote seed ${parsed.seed} to ${parsed.out}\n`);
    return 0;
  },
};

interface FixturesOptions {
  readonly seed: number;
  readonly out: string | undefined;
  readonly check: boolean;
  readonly help: boolean;
}

/** The options, or a message saying what is wrong with them. */
function readOptions(argv: readonly string[]): FixturesOptions | string {
  const parsed = parseFlags(argv, {
    seed: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return parsed.error;
  const { values } = parsed;
  const seed = readWholeNumber(values.seed ?? '1', { name: '--seed', ...SEED_RANGE });
  if (typeof seed === 'string') return seed;
  if (values.check === true && values.out === undefined) {
    return '--check needs the file to compare: --out FILE';
  }
  return { seed, out: values.out, check: values.check === true, help: values.help === true };
}

/** The seed's data as the JSON text of a fixtures file. */
export async function renderFixtures(seed: number): Promise<string | { error: string }> {
  const loaded = await loadSpec();
  if (!loaded.ok) {
    return { error: loaded.error };
  }
  const state = createMockState({
    contract: compileContract(loaded.document),
    seed,
    clock: 'manual',
  });
  return `${JSON.stringify(state.snapshot(), null, 2)}\n`;
}

async function checkFile(path: string, expected: string): Promise<number> {
  let actual: string;
  try {
    actual = await readFile(path, 'utf8');
  } catch {
    process.stderr.write(
      `microf1 fixtures: ${path} cannot be read; run "npm run fixtures:generate"\n`,
    );
    return 1;
  }
  if (actual !== expected) {
    process.stderr.write(`microf1 fixtures: ${path} is stale; run "npm run fixtures:generate"\n`);
    return 1;
  }
  process.stderr.write(`microf1 fixtures: ${path} is up to date\n`);
  return 0;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
