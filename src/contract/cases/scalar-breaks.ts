import { breakRules } from '../../rules/index.js';
import type { JsonSchema } from '../../spec/index.js';

/** An invalid value for one field, what it breaks, and the code the spec names for it. */
export interface ValueBreak {
  readonly value: unknown;
  readonly what: string;
  readonly code?: string;
}

/** Invalid values of formats the runner knows how to break (others are left alone). */
const FORMAT_BREAKS: Readonly<Record<string, string>> = {
  'date-time': 'not-a-date-time',
  email: 'not-an-email',
  uuid: 'not-a-uuid',
  uri: 'not a uri',
};

function typesOf(node: JsonSchema): string[] {
  return (Array.isArray(node.type) ? node.type : [node.type]).filter(
    (type): type is string => typeof type === 'string',
  );
}

/** A value of another JSON type than the node takes. */
export function breakType(node: JsonSchema, value: unknown): ValueBreak[] {
  const types = typesOf(node);
  if (types.length === 0) return [];
  const takesNumbers = types.includes('number') || types.includes('integer');
  if (typeof value === 'string' && !takesNumbers)
    return [{ value: 12345, what: 'a number instead of a string' }];
  if (!types.includes('string'))
    return [{ value: 'abc', what: `a string instead of ${types.join('/')}` }];
  return [];
}

/**
 * Invalid values for a string field, one rule each: pattern, lengths, enum, format, and the
 * custom rules (through `breakRules`, with the codes the spec gives them).
 */
export function breakString(
  node: JsonSchema,
  value: string,
  today: string,
  document: unknown,
): ValueBreak[] {
  const breaks: ValueBreak[] = [];
  const pattern = typeof node.pattern === 'string' ? new RegExp(node.pattern, 'u') : undefined;

  if (pattern !== undefined) {
    const candidates = [`${value}!`, `!${value}`, `${value.slice(0, -1)}!`, '!'];
    const broken = candidates.find(
      (candidate) => !pattern.test(candidate) && fitsLength(node, candidate),
    );
    if (broken !== undefined) breaks.push({ value: broken, what: 'a value breaking the pattern' });
  }
  const minLength = Number(node.minLength ?? 0);
  if (minLength > 0) {
    breaks.push({
      value: value.slice(0, minLength - 1),
      what: `${minLength - 1} characters (minLength ${minLength})`,
    });
  }
  if (typeof node.maxLength === 'number') {
    const long = value.length === 0 ? 'x' : value;
    const text = long
      .repeat(Math.ceil((node.maxLength + 1) / long.length))
      .slice(0, node.maxLength + 1);
    breaks.push({
      value: text,
      what: `${node.maxLength + 1} characters (maxLength ${node.maxLength})`,
    });
  }
  if (Array.isArray(node.enum)) {
    breaks.push({ value: `${value}-not-listed`, what: 'a value outside the enum' });
  }
  const formatBreak = FORMAT_BREAKS[String(node.format)];
  if (formatBreak !== undefined)
    breaks.push({ value: formatBreak, what: `not a ${String(node.format)}` });

  for (const rule of breakRules(node, value, { today, document })) {
    breaks.push({ value: rule.value, what: rule.description, code: rule.code });
  }
  return breaks;
}

/** Values just outside a number field's bounds and enum. */
export function breakNumber(node: JsonSchema, value: number): ValueBreak[] {
  const breaks: ValueBreak[] = [];
  const step = typesOf(node).includes('integer') ? 1 : 0.5;
  if (typeof node.minimum === 'number')
    breaks.push({ value: node.minimum - step, what: `below the minimum ${node.minimum}` });
  if (typeof node.exclusiveMinimum === 'number')
    breaks.push({ value: node.exclusiveMinimum, what: 'at the exclusive minimum' });
  if (typeof node.maximum === 'number')
    breaks.push({ value: node.maximum + step, what: `above the maximum ${node.maximum}` });
  if (typeof node.exclusiveMaximum === 'number')
    breaks.push({ value: node.exclusiveMaximum, what: 'at the exclusive maximum' });
  if (typesOf(node).includes('integer') && Number.isInteger(value)) {
    breaks.push({ value: value + 0.5, what: 'a fraction where an integer is required' });
  }
  return breaks;
}

function fitsLength(node: JsonSchema, text: string): boolean {
  const length = [...text].length;
  return (
    length >= Number(node.minLength ?? 0) &&
    length <= Number(node.maxLength ?? Number.POSITIVE_INFINITY)
  );
}
