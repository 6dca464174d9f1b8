import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fixturesCommand, renderFixtures } from './fixtures.js';

const DEFAULT_FIXTURES = new URL('../../../fixtures/default.json', import.meta.url);

describe('microf1 fixtures', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'microf1-fixtures-'));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
  });

  test('fixtures/default.json holds the default seed\'s data (run "npm run fixtures:generate")', async () => {
    const expected = await renderFixtures(1);

    expect(await readFile(DEFAULT_FIXTURES, 'utf8')).toBe(expected);
  });

  test('writes a seed to --out, and --check passes on it and fails once it changes', async () => {
    const out = join(folder, 'seed-4.json');

    expect(await fixturesCommand.run(['--seed', '4', '--out', out])).toBe(0);
    expect(await fixturesCommand.run(['--seed', '4', '--check', '--out', out])).toBe(0);
    expect(await fixturesCommand.run(['--seed', '5', '--check', '--out', out])).toBe(1);

    await writeFile(out, (await readFile(out, 'utf8')).replace('"seed": 4', '"seed": 40'));
    expect(await fixturesCommand.run(['--seed', '4', '--check', '--out', out])).toBe(1);
  });

  test.each([[['--seed', 'x']], [['--check']], [['--unknown']]])(
    'refuses bad options %j with exit code 2',
    async (argv) => {
      expect(await fixturesCommand.run(argv)).toBe(2);
    },
  );
});
