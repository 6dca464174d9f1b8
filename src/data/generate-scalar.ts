import type { Faker } from '@faker-js/faker';
import { computeInn10CheckDigit } from '../rules/inn.js';
import { addDays, formatIsoDate, parseIsoDate } from '../rules/iso-date.js';
import type { DecimalRule } from '../rules/keyword-decimal.js';
import { listBrokenRules } from '../rules/check-node.js';
import { generateMirCard } from './identity.js';
import { generateFromPattern } from './pattern.js';
import type { JsonSchemaNode } from './schema-node.js';
import { generateDecimal, generateWords } from './generate-text.js';

const ATTEMPTS = 20;

/**
 * A string for a node without a named generator, decided by its `format`, its
 * `x-microf1-decimal` rule, its `pattern`, or else Russian words within its lengths. Several
 * tries are made until the value keeps every rule of the node.
 */
export function generateString(node: JsonSchemaNode, faker: Faker, today: string): string {
  let candidate = '';
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    candidate = proposeString(node, faker, today);
    if (listBrokenRules(node, candidate, { today }).length === 0) return candidate;
  }
  return candidate;
}

function proposeString(node: JsonSchemaNode, faker: Faker, today: string): string {
  const format = typeof node.format === 'string' ? node.format : undefined;
  const byFormat = format === undefined ? undefined : generateByFormat(format, node, faker, today);
  if (byFormat !== undefined) return byFormat;

  const decimal = node['x-microf1-decimal'] as DecimalRule | undefined;
  if (decimal !== undefined) return generateDecimal(decimal, faker);

  if (typeof node.pattern === 'string') {
    const text = generateFromPattern(node.pattern, faker);
    if (text !== undefined) return text;
  }
  return generateWords(faker, readNumber(node.minLength) ?? 1, readNumber(node.maxLength));
}

/** A value of a known format, `undefined` for formats this generator does not know. */
function generateByFormat(
  format: string,
  node: JsonSchemaNode,
  faker: Faker,
  today: string,
): string | undefined {
  const reference = parseIsoDate(today) ?? { year: 2026, month: 1, day: 1 };
  switch (format) {
    case 'date':
      return formatIsoDate(addDays(reference, -pickDaysBack(node, faker)));
    case 'date-time':
      return `${formatIsoDate(addDays(reference, -faker.number.int({ min: 1, max: 900 })))}T10:00:00.000Z`;
    case 'email':
      return `${faker.string.alpha({ length: 8, casing: 'lower' })}@example.com`;
    case 'uuid':
      return faker.string.uuid();
    case 'ru-inn-10': {
      const payload = faker.string.numeric(9);
      return `${payload}${computeInn10CheckDigit(payload)}`;
    }
    case 'luhn':
      return generateMirCard(faker);
    default:
      return undefined;
  }
}

/** How far back a generated date lies: an adult's birth date under `x-microf1-age`, else recent. */
function pickDaysBack(node: JsonSchemaNode, faker: Faker): number {
  const age = node['x-microf1-age'] as { minYears: number; maxYears: number } | undefined;
  if (age === undefined) return faker.number.int({ min: 1, max: 900 });
  const years = faker.number.int({
    min: age.minYears,
    max: Math.max(age.minYears, age.maxYears - 1),
  });
  return years * 366 + faker.number.int({ min: 0, max: 300 });
}

/** A number within `minimum`/`maximum` (and their exclusive forms); whole when `integer`. */
export function generateNumber(node: JsonSchemaNode, faker: Faker, integer: boolean): number {
  const exclusiveMin = readNumber(node.exclusiveMinimum);
  const exclusiveMax = readNumber(node.exclusiveMaximum);
  const step = integer ? 1 : 0.01;
  const upper =
    readNumber(node.maximum) ?? (exclusiveMax === undefined ? undefined : exclusiveMax - step);
  const lower =
    readNumber(node.minimum) ?? (exclusiveMin === undefined ? undefined : exclusiveMin + step);
  const min = lower ?? Math.min(0, upper ?? 0);
  const max = upper ?? min + 1000;
  if (integer) return faker.number.int({ min: Math.ceil(min), max: Math.floor(max) });
  return faker.number.float({ min, max, fractionDigits: 2 });
}

/** The value when it is a finite number. */
export function readNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
