import { readFileSync } from 'node:fs';
import { type CompiledContract, compileContract } from '../../spec/compile.js';
import { parseSpec } from '../../spec/load.js';

/** Where the control API's own spec lives (the same relative place from `src/` and `dist/`). */
export const CONTROL_SPEC_URL = new URL('../../../spec/mock-control.openapi.yaml', import.meta.url);

let document: ReturnType<typeof readControlDocument> | undefined;

/**
 * Compiles the control API's spec, read once per process. Its requests are validated by the
 * same machinery as the MicroF1 API's.
 */
export function compileControlContract(today?: () => string): CompiledContract {
  document ??= readControlDocument();
  return compileContract(document, today === undefined ? {} : { today });
}

function readControlDocument() {
  const loaded = parseSpec(readFileSync(CONTROL_SPEC_URL, 'utf8'), 'the control spec');
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.document;
}
