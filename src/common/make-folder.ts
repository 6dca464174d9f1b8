import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and whichever of its parents are missing, one level at a time, and rejects
 * with the file system's error when one cannot be made. Node 20's `mkdir(path, { recursive: true })`
 * never settles where a parent exists but refuses to hold the child with ENOENT (`/proc/x`): it
 * goes on making the parent and retrying. Here each level is made once.
 *
 * @example
 * await makeFolder('reports/nightly'); // creates reports/ and reports/nightly/ when missing
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    if (await isFolder(folder)) break;
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Made in the meantime by someone else: as good as made here.
      if (!(await isFolder(folder))) throw error;
    }
  }
}

/** Whether a folder is at the path: false when nothing is, an error when something else is. */
async function isFolder(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).isDirectory()) return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  throw Object.assign(new Error(`ENOTDIR: not a folder, '${path}'`), { code: 'ENOTDIR' });
}
