// Generates TypeScript types from the MicroF1 spec for front-end teams to import
// (`import type { components } from 'microf1-toolkit/types'`).
// `node scripts/generate-types.js` writes them; `--check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const SPEC = new URL('../spec/microf1.openapi.yaml', import.meta.url);
export const TYPES_FILE = new URL('../src/generated/microf1.d.ts', import.meta.url);

const HEADER = [
  '// Generated from spec/microf1.openapi.yaml by scripts/generate-types.js; do not edit.',
  '// Regenerate with `npm run types:generate`.',
  '',
].join('\n');

/** Renders the types of the spec as the text of a declaration file. */
export async function renderTypes() {
  const ast = await openapiTS(SPEC, { exportType: false, alphabetize: false });
  return HEADER + astToString(ast);
}

async function main() {
  const text = await renderTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(TYPES_FILE, 'utf8').catch(() => '');
    if (current !== text) {
      process.stderr.write('src/generated/microf1.d.ts is stale: run npm run types:generate\n');
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(TYPES_FILE, text);
  process.stderr.write(`wrote ${fileURLToPath(TYPES_FILE)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
