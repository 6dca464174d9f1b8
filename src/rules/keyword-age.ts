import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv/dist/types/index.js';
import { getAgeInYears } from './age.js';
import { parseIsoDate } from './iso-date.js';
import type { ReadToday } from './keyword-context.js';

/** The value of `x-microf1-age`: the allowed ages in full years, both inclusive. */
export interface AgeRule {
  minYears: number;
  maxYears: number;
}

/**
 * `x-microf1-age`: the person born on the date is between `minYears` and `maxYears` old on
 * the current day. A string that is not a date passes (the `date` format reports it).
 */
export function defineAgeKeyword(readToday: ReadToday): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (rule: AgeRule, data: string) => {
    const birth = parseIsoDate(data);
    const today = parseIsoDate(readToday());
    if (birth === undefined || today === undefined) return true;

    const age = getAgeInYears(birth, today);
    if (age >= rule.minYears && age <= rule.maxYears) return true;
    validate.errors = [
      {
        keyword: 'x-microf1-age',
        message: `must be ${rule.minYears} to ${rule.maxYears} years old`,
        params: { code: 'age_range', minYears: rule.minYears, maxYears: rule.maxYears, age },
      },
    ];
    return false;
  };

  return {
    keyword: 'x-microf1-age',
    type: 'string',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      required: ['minYears', 'maxYears'],
      properties: { minYears: { type: 'integer' }, maxYears: { type: 'integer' } },
      additionalProperties: false,
    },
    errors: true,
    validate,
  };
}
