import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { addMicroF1Rules, type MicroF1RuleOptions } from './add-rules.js';

// ajv-formats is CommonJS: under NodeNext its plugin is the `default` of what the import gives.
const addFormats = addFormatsModule.default;

/**
 * A strict Ajv 2020-12 instance that collects every error, with ajv-formats and the MicroF1
 * rules: what validating against the spec's schemas needs, ready to `compile`.
 *
 * @example
 * const validate = createMicroF1Ajv({ today: () => '2026-01-01' }).compile(schema);
 */
export function createMicroF1Ajv(options: MicroF1RuleOptions): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return addMicroF1Rules(ajv, options);
}
