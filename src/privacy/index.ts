/**
 * Redaction of personal data: one set of rules for logs, the mock's request journal and the
 * contract runner's reports.
 *
 * @example
 * import { redactText } from './privacy/index.js';
 * redactText('card 2202201234565899 declined'); // 'card 220220******5899 declined'
 */

/** Masked forms of a card number: `maskCardNumber` (first 6, last 4) and `cardLast4`. */
export { cardLast4, maskCardNumber } from './card-mask.js';
/** Check digits: the Luhn checksum and INN control digits. */
/** Masking of one value by the kind of personal data its field holds. */
export { maskField } from './mask-field.js';
/** The fields a spec marks with `x-microf1-pii`. */
export { collectPiiFields } from './pii-fields.js';
/** Pino options that redact every line a logger writes. */
export {
  buildPinoRedaction,
  type PinoRedaction,
  type PinoRedactionOptions,
} from './pino-redaction.js';
/** Card numbers (and under the log policy INNs) masked in free text. */
export { redactText } from './redact-text.js';
/** Personal data masked in a request target, query parameters by their field's kind. */
export { redactUrl } from './redact-url.js';
/** Deep, non-mutating redaction of JSON values. */
export {
  findFieldKind,
  type JsonValue,
  redactValue,
  type SensitiveField,
} from './redact-value.js';
/** Kinds of personal data and the policies that mask them. */
export {
  isMaskedUnder,
  isPiiKind,
  PII_KINDS,
  type PiiKind,
  type RedactionPolicy,
} from './redaction-policy.js';
