/**
 * The fonts of the printed contract: DejaVu Sans, which covers Cyrillic, from the
 * `dejavu-fonts-ttf` package.
 */

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Names the document registers its fonts under. */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

/** Paths of the regular and bold font files. */
export function resolveFontFiles(): Record<keyof typeof FONT, string> {
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const directory = join(dirname(packageJson), 'ttf');
  return {
    regular: join(directory, 'DejaVuSans.ttf'),
    bold: join(directory, 'DejaVuSans-Bold.ttf'),
  };
}
