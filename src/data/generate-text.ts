import type { Faker } from '@faker-js/faker';
import { formatScaledInteger, parseDecimal, toScaledInteger } from '../rules/decimal.js';
import type { DecimalRule } from '../rules/keyword-decimal.js';

/**
 * Russian words, capitalised, between `minLength` and `maxLength` characters (cut on a word
 * boundary when possible, padded when the words fall short).
 */
export function generateWords(faker: Faker, minLength: number, maxLength?: number): string {
  const ceiling = maxLength ?? Math.max(minLength, 60);
  const target = faker.number.int({ min: minLength, max: Math.min(ceiling, minLength + 40) });

  let text = '';
  while (text.length < target)
    text = text === '' ? faker.lorem.word() : `${text} ${faker.lorem.word()}`;
  if (text.length > ceiling) text = text.slice(0, ceiling).trimEnd();
  text = text.padEnd(minLength, 'а');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A decimal within the rule's bounds, with at most its fraction digits and its first mark. */
export function generateDecimal(rule: DecimalRule, faker: Faker): string {
  const scale = Math.min(rule.maxFractionDigits ?? 2, 2);
  const min = toScaledInteger(parseDecimal(rule.minimum ?? '0') ?? zero, scale);
  const max = toScaledInteger(parseDecimal(rule.maximum ?? '1000000') ?? zero, scale);
  const span = Number(max - min);
  const value = min + BigInt(faker.number.int({ min: 0, max: Math.max(0, span) }));
  const mark = rule.separators?.[0] ?? '.';
  const text = formatScaledInteger(value, scale, mark);
  return scale > 0 && faker.datatype.boolean() ? text : text.replace(/[.,]?0+$/, '') || '0';
}

const zero = { negative: false, integer: '0', fraction: '' };
