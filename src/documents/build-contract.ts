/**
 * The loan contract as JSON, built from a stored credit and its client.
 */

import { toUtcDate } from './calendar.js';
import { buildConditions, type ContractTerms } from './conditions.js';
import type { ContractDocument, ContractInput } from './contract-types.js';
import {
  divideRounded,
  formatDecimal,
  formatFixed,
  parseDecimal,
  parseKopecks,
} from './decimal.js';
import { LENDER } from './lender.js';
import { buildSchedule } from './schedule.js';

const DAYS_PER_YEAR = 365n;
const DEFAULT_STATUS = 'approved';

/** A term in days: a digit string above zero. */
function parseTerm(term: string): number | undefined {
  const days = /^\d+$/.test(term) ? Number(term) : 0;
  return days > 0 ? days : undefined;
}

/** Reads a value that the store guarantees; a bad one is a bug of the caller. */
function expectParsed<Value>(value: Value | undefined, what: string, text: string): Value {
  if (value === undefined)
    throw new TypeError(`Cannot build a contract: ${what} ${JSON.stringify(text)}`);
  return value;
}

/** "MF1-2026-000001": the year of the contract and the credit's number. */
export function formatContractNumber(contractDate: string, creditid: number): string {
  return `MF1-${contractDate.slice(0, 4)}-${String(creditid).padStart(6, '0')}`;
}

/**
 * Builds the loan contract of a credit. Pure and deterministic: the same input gives the same
 * document. Money is computed in integer kopecks and dates in UTC days. Throws a `TypeError` on
 * input the store could not have produced (an amount, term, rate or date that does not parse).
 *
 * @example
 * const contract = buildContract({ creditid: 1, amount: '15000', term: '30', percent: '0.8', ... });
 * contract.contract_number; // 'MF1-2026-000001'
 * contract.full_cost; // { percent_per_year: '292.000', amount_rub: '3600.00' }
 */
export function buildContract(input: ContractInput): ContractDocument {
  // 1. Parse the stored strings; the store has validated them already.
  const amountKopecks = expectParsed(parseKopecks(input.amount), 'amount', input.amount);
  const rate = expectParsed(parseDecimal(input.percent), 'percent', input.percent);
  const term = expectParsed(parseTerm(input.term), 'term', input.term);
  const approvedAt = input.approved_at;
  const contractDate = expectParsed(toUtcDate(approvedAt), 'approval time', approvedAt);

  // 2. The schedule, and from it the full cost in roubles.
  const schedule = buildSchedule({ amountKopecks, termDays: term, rate, startDate: contractDate });
  const percentPerYear = divideRounded(rate.units * DAYS_PER_YEAR * 1000n, rate.scale);

  // 3. The document; the conditions table is derived from the rest.
  const terms: ContractTerms = {
    contract_number: formatContractNumber(contractDate, input.creditid),
    contract_date: contractDate,
    creditid: input.creditid,
    status: input.status ?? DEFAULT_STATUS,
    lender: { ...LENDER },
    borrower: {
      fio: input.borrower.fio,
      inn: input.borrower.inn,
      bdate: input.borrower.bdate,
      passport_series: input.borrower.passport_series_blank,
      passport_number: input.borrower.passport_number_blank,
      address_reg: input.borrower.address_reg,
      mobile_phone: input.borrower.mobile_phone,
    },
    amount: formatFixed(amountKopecks, 2),
    term_days: term,
    percent_per_day: formatDecimal(rate),
    full_cost: {
      percent_per_year: formatFixed(percentPerYear, 3),
      amount_rub: formatFixed(schedule.interestKopecks, 2),
    },
    schedule: schedule.payments,
    creditcard_masked: input.creditcard_masked,
    card_last4: input.card_last4,
  };

  const { schedule: payments, creditcard_masked, card_last4, ...head } = terms;
  return {
    ...head,
    conditions: buildConditions(terms, input.purpose),
    schedule: payments,
    creditcard_masked,
    card_last4,
  };
}
