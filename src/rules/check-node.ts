import { getAgeInYears, getAnniversary } from './age.js';
import { isValidInn10 } from './inn.js';
import { compareDates, parseIsoDate } from './iso-date.js';
import { resolveJsonPointer } from './json-pointer.js';
import type { AgeRule } from './keyword-age.js';
import type { AnniversaryRule } from './keyword-dates.js';
import { checkDecimal, type DecimalRule } from './keyword-decimal.js';
import { isValidLuhn } from './luhn.js';
import type { ViolationCode } from './messages.js';

/** A JSON Schema node as plain data. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** What rules that depend on the day or on other fields need to know. */
export interface RuleContext {
  /** The current day, `YYYY-MM-DD`. */
  today: string;
  /** The whole document the value sits in, for rules that read another field. */
  document?: unknown;
}

type Check = (node: SchemaNode, text: string, context: RuleContext) => ViolationCode | undefined;

const FORMAT_CHECKS: Readonly<Record<string, [(text: string) => boolean, ViolationCode]>> = {
  'ru-inn-10': [isValidInn10, 'inn_checksum'],
  luhn: [isValidLuhn, 'luhn_checksum'],
  date: [(text) => parseIsoDate(text) !== undefined, 'format'],
};

const CHECKS: readonly Check[] = [
  (node, text) => {
    const check = FORMAT_CHECKS[String(node.format)];
    return check === undefined || check[0](text) ? undefined : check[1];
  },
  (node, text) => {
    if (typeof node.pattern !== 'string') return undefined;
    return new RegExp(node.pattern, 'u').test(text) ? undefined : 'pattern';
  },
  (node, text) => (countCodePoints(text) < Number(node.minLength ?? 0) ? 'min_length' : undefined),
  (node, text) =>
    countCodePoints(text) > Number(node.maxLength ?? Infinity) ? 'max_length' : undefined,
  (node, text, context) => {
    const rule = node['x-microf1-age'] as AgeRule | undefined;
    const [birth, today] = [parseIsoDate(text), parseIsoDate(context.today)];
    if (rule === undefined || birth === undefined || today === undefined) return undefined;
    const age = getAgeInYears(birth, today);
    return age < rule.minYears || age > rule.maxYears ? 'age_range' : undefined;
  },
  (node, text, context) => {
    const [date, today] = [parseIsoDate(text), parseIsoDate(context.today)];
    if (node['x-microf1-not-future'] !== true || date === undefined || today === undefined) {
      return undefined;
    }
    return compareDates(date, today) > 0 ? 'date_in_future' : undefined;
  },
  (node, text, context) => {
    const rule = node['x-microf1-after-anniversary'] as AnniversaryRule | undefined;
    const other = rule && resolveJsonPointer(context.document, rule.of);
    const origin = typeof other === 'string' ? parseIsoDate(other) : undefined;
    const date = parseIsoDate(text);
    if (rule === undefined || origin === undefined || date === undefined) return undefined;
    return compareDates(date, getAnniversary(origin, rule.years)) < 0
      ? 'before_anniversary'
      : undefined;
  },
  (node, text) => {
    const rule = node['x-microf1-decimal'] as DecimalRule | undefined;
    return rule === undefined ? undefined : checkDecimal(rule, text);
  },
];

/**
 * The string rules of one schema node that `text` breaks: its custom format and keywords,
 * `pattern`, `minLength` and `maxLength`. Used to prove that a crafted invalid value breaks
 * exactly one rule.
 */
export function listBrokenRules(
  node: SchemaNode,
  text: string,
  context: RuleContext,
): ViolationCode[] {
  const codes: ViolationCode[] = [];
  for (const check of CHECKS) {
    const code = check(node, text, context);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}

/** Length in code points, as JSON Schema counts it. */
function countCodePoints(text: string): number {
  return [...text].length;
}
