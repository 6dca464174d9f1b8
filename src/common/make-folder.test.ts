import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolder } from './make-folder.js';

describe('makeFolder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'microf1-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes every missing level, and is content with a folder that exists', async () => {
    const deep = join(dir, 'a', 'b', 'c');
    await makeFolder(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
    await expect(makeFolder(deep)).resolves.toBeUndefined();
  });

  it('rejects when a file stands where a folder should be', async () => {
    await writeFile(join(dir, 'taken'), 'x');
    await expect(makeFolder(join(dir, 'taken', 'inside'))).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  });

  it.runIf(process.platform === 'linux')(
    'rejects, instead of trying for ever, where the parent refuses the child (/proc)',
    async () => {
      await expect(makeFolder('/proc/microf1-no-such-folder/reports')).rejects.toMatchObject({
        code: 'ENOENT',
      });
    },
  );
});
