import type { Ajv2020 } from 'ajv/dist/2020.js';
import { isValidInn10 } from './inn.js';
import { isIsoDate } from './iso-date.js';
import { defineAgeKeyword } from './keyword-age.js';
import type { ReadToday } from './keyword-context.js';
import { defineAfterAnniversaryKeyword, defineNotFutureKeyword } from './keyword-dates.js';
import { defineDecimalKeyword } from './keyword-decimal.js';
import { isValidLuhn } from './luhn.js';

/** Options of {@link addMicroF1Rules}. */
export interface MicroF1RuleOptions {
  /** The current day of the server's clock, `YYYY-MM-DD`; read on every validation. */
  today: ReadToday;
}

/** Keywords that describe a field but never fail validation. */
export const ANNOTATION_KEYWORDS: readonly string[] = [
  'x-microf1-normalize',
  'x-microf1-unique',
  'x-microf1-references',
  'x-microf1-pii',
  'x-microf1-generate',
  'x-enum-descriptions',
  'x-microf1-note',
  'x-microf1-transitions',
  'x-microf1-label-of',
  'x-microf1-masks',
];

/** The custom formats, each with its own error code in violations. */
export const CUSTOM_FORMAT_CODES: Readonly<Record<string, string>> = {
  'ru-inn-10': 'inn_checksum',
  luhn: 'luhn_checksum',
};

/**
 * Registers the MicroF1 formats (`ru-inn-10`, `luhn`) and `x-microf1-*` keywords on an Ajv
 * 2020 instance, so that the spec compiles in strict mode and its rules are enforced. Registers a
 * strict `date` format (years from 0001), over the one of ajv-formats.
 * Safe to call once per instance.
 *
 * @example
 * const ajv = new Ajv2020({ allErrors: true });
 * addFormats(ajv);
 * addMicroF1Rules(ajv, { today: () => clock.today() });
 */
export function addMicroF1Rules(ajv: Ajv2020, options: MicroF1RuleOptions): Ajv2020 {
  ajv.addFormat('ru-inn-10', { type: 'string', validate: isValidInn10 });
  ajv.addFormat('luhn', { type: 'string', validate: isValidLuhn });
  // Replaces ajv-formats' `date`, which takes year 0000: a day must be one of the calendar.
  ajv.addFormat('date', { type: 'string', validate: isIsoDate });

  ajv.addKeyword(defineAgeKeyword(options.today));
  ajv.addKeyword(defineNotFutureKeyword(options.today));
  ajv.addKeyword(defineAfterAnniversaryKeyword());
  ajv.addKeyword(defineDecimalKeyword());
  for (const keyword of ANNOTATION_KEYWORDS) {
    ajv.addKeyword({ keyword, schemaType: ['string', 'boolean', 'array', 'object'] });
  }
  return ajv;
}
