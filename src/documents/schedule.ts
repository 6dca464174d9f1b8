/**
 * The payment schedule: one payment at the end of a short loan, or payments every 14 days with
 * principal in equal parts and interest on what is still owed.
 */

import { addDays } from './calendar.js';
import type { SchedulePayment } from './contract-types.js';
import { type Decimal, divideRounded, formatMoney } from './decimal.js';

/** Loans up to this many days are repaid in one payment. */
export const SINGLE_PAYMENT_MAX_DAYS = 30;
/** The period between payments of a longer loan. */
export const PAYMENT_PERIOD_DAYS = 14;
/**
 * Interest stops accruing once it reaches this percentage of the amount: the cap on what a
 * consumer loan of up to a year may charge (Federal Law 353-FZ, article 5, part 24).
 */
export const INTEREST_CAP_PERCENT = 130n;

/** What a schedule is computed from. */
export interface ScheduleTerms {
  amountKopecks: bigint;
  termDays: number;
  /** Percent per day. */
  rate: Decimal;
  /** YYYY-MM-DD; day 0 of the loan. */
  startDate: string;
}

/** The schedule, and its total interest in kopecks. */
export interface Schedule {
  payments: SchedulePayment[];
  interestKopecks: bigint;
}

/** The day (counted from the start) of each payment; the last is always the final day. */
export function listPaymentDays(termDays: number): number[] {
  if (termDays <= SINGLE_PAYMENT_MAX_DAYS) return [termDays];

  const days: number[] = [];
  for (let day = PAYMENT_PERIOD_DAYS; day < termDays; day += PAYMENT_PERIOD_DAYS) days.push(day);
  days.push(termDays);
  return days;
}

/** Interest on a principal for some days at a daily percentage, rounded to the kopeck. */
function computeInterest(principal: bigint, rate: Decimal, days: number): bigint {
  return divideRounded(principal * rate.units * BigInt(days), rate.scale * 100n);
}

/**
 * Builds the schedule. Principal is split in equal parts with the rounding remainder in the last
 * payment, so the parts sum to the amount exactly; each period's interest is rounded once, and
 * their sum is the contract's full cost in roubles.
 */
export function buildSchedule(terms: ScheduleTerms): Schedule {
  const days = listPaymentDays(terms.termDays);
  const count = BigInt(days.length);
  const regularPart = terms.amountKopecks / count;

  let owed = terms.amountKopecks;
  let capLeft = (terms.amountKopecks * INTEREST_CAP_PERCENT) / 100n;
  let previousDay = 0;
  const payments: SchedulePayment[] = [];

  days.forEach((day, index) => {
    const isLast = index === days.length - 1;
    const principal = isLast ? owed : regularPart;
    const accrued = computeInterest(owed, terms.rate, day - previousDay);
    const interest = accrued < capLeft ? accrued : capLeft;

    payments.push({
      number: index + 1,
      due_date: addDays(terms.startDate, day),
      principal: formatMoney(principal),
      interest: formatMoney(interest),
      total: formatMoney(principal + interest),
    });

    owed -= principal;
    capLeft -= interest;
    previousDay = day;
  });

  const interestKopecks = (terms.amountKopecks * INTEREST_CAP_PERCENT) / 100n - capLeft;
  return { payments, interestKopecks };
}
