import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addMicroF1Rules } from './add-rules.js';

const addFormats = addFormatsModule.default;

/** A strict Ajv 2020 with ajv-formats and the MicroF1 rules, for tests. */
export function createTestAjv(today: () => string): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return addMicroF1Rules(ajv, { today });
}
