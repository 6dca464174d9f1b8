/**
 * The MicroF1 rules that JSON Schema cannot express: pure checks (INN, Luhn, dates, ages,
 * decimals), an Ajv plugin that enforces them from the spec's formats and `x-microf1-*`
 * keywords, a translator from Ajv errors to violations, and a maker of invalid values.
 *
 * @example
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * const ajv = addMicroF1Rules(new Ajv2020({ allErrors: true }), { today: () => '2026-01-01' });
 * const validate = ajv.compile(schema);
 * const violations = validate(body) ? [] : toViolations(validate.errors ?? [], 'ru');
 */
export { ANNOTATION_KEYWORDS, addMicroF1Rules, type MicroF1RuleOptions } from './add-rules.js';
export { createMicroF1Ajv } from './create-ajv.js';
export { getAgeInYears, getAnniversary } from './age.js';
export { type RuleBreak, breakRules } from './break-rules.js';
export { listBrokenRules, type RuleContext, type SchemaNode } from './check-node.js';
export {
  compareDecimals,
  countFractionDigits,
  type ParsedDecimal,
  parseDecimal,
} from './decimal.js';
export { computeInn10CheckDigit, isValidInn10 } from './inn.js';
export {
  addDays,
  type CalendarDate,
  compareDates,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
} from './iso-date.js';
export { escapePointerToken, resolveJsonPointer } from './json-pointer.js';
export type { AgeRule } from './keyword-age.js';
export type { ReadToday } from './keyword-context.js';
export type { AnniversaryRule } from './keyword-dates.js';
export { checkDecimal, type DecimalRule } from './keyword-decimal.js';
export { computeLuhnCheckDigit, isValidLuhn } from './luhn.js';
export {
  formatMessage,
  type Language,
  MESSAGES,
  type MessageParams,
  type ViolationCode,
} from './messages.js';
export { toViolations, type Violation } from './violations.js';
