import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv/dist/types/index.js';
import { getAnniversary } from './age.js';
import { compareDates, formatIsoDate, parseIsoDate } from './iso-date.js';
import { resolveJsonPointer } from './json-pointer.js';
import type { ReadToday } from './keyword-context.js';

/** The value of `x-microf1-after-anniversary`: which date, and how many years after it. */
export interface AnniversaryRule {
  of: string;
  years: number;
}

/** `x-microf1-not-future`: the date is not after the current day of the server's clock. */
export function defineNotFutureKeyword(readToday: ReadToday): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (enabled: boolean, data: string) => {
    const date = parseIsoDate(data);
    const today = parseIsoDate(readToday());
    if (!enabled || date === undefined || today === undefined) return true;
    if (compareDates(date, today) <= 0) return true;

    validate.errors = [
      {
        keyword: 'x-microf1-not-future',
        message: 'must not be in the future',
        params: { code: 'date_in_future', today: formatIsoDate(today) },
      },
    ];
    return false;
  };

  return { keyword: 'x-microf1-not-future', type: 'string', schemaType: 'boolean', validate };
}

/**
 * `x-microf1-after-anniversary`: the date is on or after the `years`-th anniversary of the
 * date found at the JSON pointer `of` in the validated document. Skipped when that date is
 * absent or not a real date.
 */
export function defineAfterAnniversaryKeyword(): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (rule: AnniversaryRule, data: string, _, context) => {
    const date = parseIsoDate(data);
    const other = resolveJsonPointer(context?.rootData, rule.of);
    const origin = typeof other === 'string' ? parseIsoDate(other) : undefined;
    if (date === undefined || origin === undefined) return true;

    const anniversary = getAnniversary(origin, rule.years);
    if (compareDates(date, anniversary) >= 0) return true;
    validate.errors = [
      {
        keyword: 'x-microf1-after-anniversary',
        message: `must not be before ${formatIsoDate(anniversary)}`,
        params: {
          code: 'before_anniversary',
          of: rule.of,
          years: rule.years,
          anniversary: formatIsoDate(anniversary),
        },
      },
    ];
    return false;
  };

  return {
    keyword: 'x-microf1-after-anniversary',
    type: 'string',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      required: ['of', 'years'],
      properties: { of: { type: 'string' }, years: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
    },
    validate,
  };
}
