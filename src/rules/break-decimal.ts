import type { RuleBreak } from './break-rules.js';
import type { SchemaNode } from './check-node.js';
import {
  DEFAULT_SEPARATORS,
  formatScaledInteger,
  type ParsedDecimal,
  parseDecimal,
  toScaledInteger,
} from './decimal.js';
import type { DecimalRule } from './keyword-decimal.js';

/** Values above the maximum, below the minimum, and with too many fraction digits. */
export function breakDecimal(node: SchemaNode, valid: string): RuleBreak[] {
  const rule = node['x-microf1-decimal'] as DecimalRule | undefined;
  if (rule === undefined) return [];

  const mark = (rule.separators ?? DEFAULT_SEPARATORS)[0] ?? '.';
  const breaks: RuleBreak[] = [];
  const maximum = rule.maximum === undefined ? undefined : parseDecimal(rule.maximum);
  const minimum = rule.minimum === undefined ? undefined : parseDecimal(rule.minimum);

  if (maximum !== undefined) {
    const value = stepBeyond(maximum, 1, mark);
    breaks.push({ value, code: 'decimal_range', description: `above the maximum ${rule.maximum}` });
  }
  if (minimum !== undefined) {
    const value = stepBeyond(minimum, -1, mark);
    breaks.push({ value, code: 'decimal_range', description: `below the minimum ${rule.minimum}` });
  }
  if (rule.maxFractionDigits !== undefined) {
    const digits = '1'.repeat(rule.maxFractionDigits + 1);
    const description = `more than ${rule.maxFractionDigits} fraction digits`;
    const bases = [parseDecimal(valid, rule.separators ?? DEFAULT_SEPARATORS), minimum];
    for (const base of bases) {
      if (base === undefined) continue;
      const value = `${base.negative ? '-' : ''}${base.integer}${mark}${digits}`;
      breaks.push({ value, code: 'decimal_format', description });
    }
  }
  return breaks;
}

/** The bound moved by one unit of its last written digit, outwards (`side` 1 up, -1 down). */
function stepBeyond(bound: ParsedDecimal, side: 1 | -1, mark: string): string {
  const scale = bound.fraction.length;
  const moved = toScaledInteger(bound, scale) + BigInt(side);
  return formatScaledInteger(moved, scale, mark);
}
