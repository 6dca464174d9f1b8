import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv/dist/types/index.js';
import {
  compareDecimals,
  DEFAULT_SEPARATORS,
  type ParsedDecimal,
  parseDecimal,
} from './decimal.js';

/** The value of `x-microf1-decimal`; bounds are decimal strings written with `.`. */
export interface DecimalRule {
  minimum?: string;
  maximum?: string;
  maxFractionDigits?: number;
  separators?: string[];
}

/**
 * Checks a decimal string against a rule: `decimal_format` when it is not a decimal with an
 * allowed mark and fraction length, `decimal_range` when outside the bounds, else `undefined`.
 * Bounds are compared exactly, digit by digit.
 */
export function checkDecimal(
  rule: DecimalRule,
  text: string,
): 'decimal_format' | 'decimal_range' | undefined {
  const value = parseDecimal(text, rule.separators ?? DEFAULT_SEPARATORS);
  if (value === undefined) return 'decimal_format';
  if (rule.maxFractionDigits !== undefined && value.fraction.length > rule.maxFractionDigits) {
    return 'decimal_format';
  }

  const below = isBeyond(value, rule.minimum, -1);
  const above = isBeyond(value, rule.maximum, 1);
  return below || above ? 'decimal_range' : undefined;
}

/** `x-microf1-decimal`: a decimal string with a chosen mark, fraction length and bounds. */
export function defineDecimalKeyword(): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (rule: DecimalRule, data: string) => {
    const code = checkDecimal(rule, data);
    if (code === undefined) return true;

    const separators = rule.separators ?? DEFAULT_SEPARATORS;
    validate.errors = [
      {
        keyword: 'x-microf1-decimal',
        message: code === 'decimal_format' ? 'must be a decimal number' : 'must be within bounds',
        params: {
          code,
          minimum: rule.minimum,
          maximum: rule.maximum,
          maxFractionDigits: rule.maxFractionDigits,
          separators,
        },
      },
    ];
    return false;
  };

  return {
    keyword: 'x-microf1-decimal',
    type: 'string',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      properties: {
        minimum: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' },
        maximum: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' },
        maxFractionDigits: { type: 'integer', minimum: 0 },
        separators: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 1 } },
      },
      additionalProperties: false,
    },
    validate,
  };
}

/** True when `value` lies past `bound` on the side given by `side` (-1 below, 1 above). */
function isBeyond(value: ParsedDecimal, bound: string | undefined, side: -1 | 1): boolean {
  const limit = bound === undefined ? undefined : parseDecimal(bound);
  if (limit === undefined) return false;
  return Math.sign(compareDecimals(value, limit)) === side;
}
