import type { ErrorObject } from 'ajv/dist/2020.js';
import { CUSTOM_FORMAT_CODES } from './add-rules.js';
import { escapePointerToken } from './json-pointer.js';
import { formatMessage, type Language, MESSAGES, type ViolationCode } from './messages.js';

/** One broken rule of a document: where, which rule, and a sentence for people. */
export interface Violation {
  /** JSON pointer of the bad field; for a missing field, the pointer it would have. */
  pointer: string;
  code: ViolationCode;
  message: string;
}

/** Ajv keywords renamed to their violation code. */
const KEYWORD_CODES: Readonly<Record<string, ViolationCode>> = {
  required: 'required',
  dependentRequired: 'required_with',
  type: 'type',
  enum: 'enum',
  const: 'enum',
  pattern: 'pattern',
  minLength: 'min_length',
  maxLength: 'max_length',
  minimum: 'minimum',
  exclusiveMinimum: 'minimum',
  maximum: 'maximum',
  exclusiveMaximum: 'maximum',
  minProperties: 'min_properties',
  maxProperties: 'max_properties',
  additionalProperties: 'unknown_field',
  unevaluatedProperties: 'unknown_field',
};

/** Keywords that only say "a subschema failed"; the subschema's own errors say why. */
const WRAPPER_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not', 'then', 'else']);

/**
 * Turns Ajv's errors (from a validator compiled with `allErrors: true`) into violations: one
 * per field and code, in the order Ajv found them, with messages in `language`. Wrapper errors
 * (`if`, `anyOf`, ...) are dropped when a more precise error covers the same field.
 *
 * @example
 * if (!validate(body)) return toViolations(validate.errors ?? [], 'en');
 */
export function toViolations(
  errors: readonly ErrorObject[],
  language: Language = 'ru',
): Violation[] {
  const seen = new Set<string>();
  const violations: Violation[] = [];

  for (const error of errors) {
    if (isCoveredWrapper(error, errors)) continue;

    const pointer = locateError(error);
    const code = classifyError(error);
    const key = `${pointer}\u0000${code}`;
    if (seen.has(key)) continue;

    seen.add(key);
    const params = { ...error.params, allowedValues: allowedValuesOf(error) };
    violations.push({ pointer, code, message: formatMessage(code, params, language) });
  }
  return violations;
}

/** The stable code of one Ajv error. */
function classifyError(error: ErrorObject): ViolationCode {
  const custom: unknown = error.params.code;
  if (typeof custom === 'string' && custom in MESSAGES) return custom as ViolationCode;

  if (error.keyword === 'format') {
    const format = String(error.params.format);
    return (CUSTOM_FORMAT_CODES[format] as ViolationCode | undefined) ?? 'format';
  }
  return KEYWORD_CODES[error.keyword] ?? 'invalid';
}

/** The JSON pointer of the field an error is about, naming missing and unknown properties. */
function locateError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const property =
    params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  if (typeof property !== 'string') return error.instancePath;
  return `${error.instancePath}/${escapePointerToken(property)}`;
}

/** True for a wrapper error when another error lies at the same field or inside it. */
function isCoveredWrapper(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
  if (!WRAPPER_KEYWORDS.has(error.keyword)) return false;
  if (error.keyword === 'if') return true;

  const path = error.instancePath;
  return errors.some(
    (other) =>
      other !== error &&
      !WRAPPER_KEYWORDS.has(other.keyword) &&
      (other.instancePath === path || other.instancePath.startsWith(`${path}/`)),
  );
}

/** The values an `enum` or `const` error allows, for the message. */
function allowedValuesOf(error: ErrorObject): unknown {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'const') return [params.allowedValue];
  return params.allowedValues;
}
