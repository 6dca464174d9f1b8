import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockState } from '../state/index.js';
import { loadTestContract } from '../state/test-kit.js';
import { DEFAULT_FIXTURES_URL, loadSeedFixtures } from './load-seed.js';

describe('loadSeedFixtures', () => {
  let folder: string;
  let marked: URL;

  // A committed file told apart from generated data by one changed name.
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'microf1-seed-'));
    const data = JSON.parse(await readFile(DEFAULT_FIXTURES_URL, 'utf8'));
    data.profiles[0].fio = 'Отмеченная Запись Файла';
    marked = pathToFileURL(join(folder, 'default.json'));
    await writeFile(marked, JSON.stringify(data));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  test('reads the committed data for its seed and the toolkit spec', async () => {
    const contract = await loadTestContract();
    const fixtures = await loadSeedFixtures({
      contract,
      seed: 1,
      isToolkitSpec: true,
      committed: marked,
    });

    expect(fixtures.profiles[0]?.fio).toBe('Отмеченная Запись Файла');
  });

  test('generates the data for another spec or another seed', async () => {
    const contract = await loadTestContract();
    const otherSpec = await loadSeedFixtures({
      contract,
      seed: 1,
      isToolkitSpec: false,
      committed: marked,
    });
    const otherSeed = await loadSeedFixtures({
      contract,
      seed: 2,
      isToolkitSpec: true,
      committed: marked,
    });

    expect(otherSpec).toEqual(createMockState({ contract, seed: 1, clock: 'manual' }).snapshot());
    expect(otherSeed).toEqual(createMockState({ contract, seed: 2, clock: 'manual' }).snapshot());
  });

  test('generates the data when the committed file cannot be read', async () => {
    const contract = await loadTestContract();
    const fixtures = await loadSeedFixtures({
      contract,
      seed: 1,
      isToolkitSpec: true,
      committed: pathToFileURL(join(folder, 'missing.json')),
    });

    expect(fixtures).toEqual(createMockState({ contract, seed: 1, clock: 'manual' }).snapshot());
  });

  test('the committed default file is what the mock starts from by default', async () => {
    const contract = await loadTestContract();
    const fixtures = await loadSeedFixtures({ contract, seed: 1, isToolkitSpec: true });

    expect(fixtures).toEqual(JSON.parse(await readFile(DEFAULT_FIXTURES_URL, 'utf8')));
  });
});
