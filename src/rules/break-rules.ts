import { breakAnniversary, breakAge, breakDateFormat, breakNotFuture } from './break-dates.js';
import { breakDecimal } from './break-decimal.js';
import { type RuleContext, type SchemaNode, listBrokenRules } from './check-node.js';
import { computeInn10CheckDigit } from './inn.js';
import { computeLuhnCheckDigit } from './luhn.js';
import type { ViolationCode } from './messages.js';

/** An invalid value crafted to break exactly one rule of a schema node. */
export interface RuleBreak {
  value: string;
  /** The violation code a correct server reports for it. */
  code: ViolationCode;
  /** One line saying what is wrong with the value. */
  description: string;
}

/** Proposes invalid values for one node; the caller keeps those that break only one rule. */
export type Breaker = (node: SchemaNode, valid: string, context: RuleContext) => RuleBreak[];

const BREAKERS: readonly Breaker[] = [
  breakCheckDigit,
  breakDateFormat,
  breakAge,
  breakNotFuture,
  breakAnniversary,
  breakDecimal,
];

/**
 * Invalid values for a schema node that carries a custom format or `x-microf1-*` keyword,
 * each with the code it must produce. Every value breaks that one rule and keeps the node's
 * other constraints (pattern, lengths, other custom rules), so a server that refuses it proves
 * the rule. `validValue` is a value the node accepts; `context.document` is needed for
 * `x-microf1-after-anniversary`. A rule of another field that reads this one (an issue date
 * after the 14th birthday) may fire too: the caller keeps that other field consistent.
 *
 * @example
 * breakRules({ type: 'string', format: 'luhn' }, '4111111111111111', { today: '2026-01-01' })
 * // [{ value: '4111111111111112', code: 'luhn_checksum', description: '...' }]
 */
export function breakRules(
  node: SchemaNode,
  validValue: string,
  context: RuleContext,
): RuleBreak[] {
  const proposals = BREAKERS.flatMap((breaker) => breaker(node, validValue, context));

  return proposals.filter((proposal) => {
    const broken = listBrokenRules(node, proposal.value, context);
    return broken.length === 1 && broken[0] === proposal.code;
  });
}

/** A wrong last digit for the `ru-inn-10` and `luhn` formats. */
function breakCheckDigit(node: SchemaNode, valid: string): RuleBreak[] {
  if (node.format === 'ru-inn-10' && /^\d{10}$/.test(valid)) {
    const payload = valid.slice(0, 9);
    const wrong = (computeInn10CheckDigit(payload) + 1) % 10;
    return [
      {
        value: `${payload}${wrong}`,
        code: 'inn_checksum',
        description: 'an INN whose check digit is wrong',
      },
    ];
  }
  if (node.format === 'luhn' && /^\d{2,}$/.test(valid)) {
    const payload = valid.slice(0, -1);
    const wrong = (computeLuhnCheckDigit(payload) + 1) % 10;
    return [
      {
        value: `${payload}${wrong}`,
        code: 'luhn_checksum',
        description: 'a card number failing the Luhn check',
      },
    ];
  }
  return [];
}
