import { toScaledInteger } from '../../rules/decimal.js';
import { getAgeInYears, parseDecimal, parseIsoDate } from '../../rules/index.js';
import type { LocalizedText } from '../types.js';

/** Why an application was rejected, as the spec's `CreditStatus.reason_code` names it. */
export type RejectionCode =
  | 'amount_exceeds_income'
  | 'age_out_of_range'
  | 'requested_scenario'
  | 'manual';

/** A rejection: its stable code and its reason in both languages. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly reason: LocalizedText;
}

/** The outcome of the review: approval, or rejection with its reason. */
export type Decision =
  | { readonly outcome: 'approved' }
  | { readonly outcome: 'rejected'; readonly rejection: Rejection };

/** What the decision rule reads from the application and its client. */
export interface DecisionInput {
  /** The amount as stored: a decimal with `.` as its mark. */
  readonly amount: string;
  /** Monthly income in roubles. */
  readonly income: number;
  /** Other monthly income in roubles; 0 when the client has none. */
  readonly otherIncome: number;
  readonly birthDate: string;
  /** The day of the decision, `YYYY-MM-DD`. */
  readonly decisionDay: string;
}

/** The rule's limits: the amount is at most 3 monthly incomes; the client is 21 to 70. */
export const DECISION_LIMITS = { incomeMultiple: 3, minAge: 21, maxAge: 70 } as const;

/** The reason of every rejection, by its code. */
export const REJECTIONS: Readonly<Record<RejectionCode, Rejection>> = {
  amount_exceeds_income: {
    code: 'amount_exceeds_income',
    reason: {
      ru: 'Сумма превышает три месячных дохода клиента.',
      en: "The amount exceeds three times the client's monthly income.",
    },
  },
  age_out_of_range: {
    code: 'age_out_of_range',
    reason: {
      ru: 'Возраст клиента на дату решения вне диапазона от 21 до 70 лет.',
      en: "The client's age on the day of the decision is outside 21 to 70 years.",
    },
  },
  requested_scenario: {
    code: 'requested_scenario',
    reason: {
      ru: 'Отказ запрошен сценарием клиента (заголовок Prefer).',
      en: 'The rejection was requested by the client scenario (the Prefer header).',
    },
  },
  manual: {
    code: 'manual',
    reason: {
      ru: 'Заявка отклонена вручную.',
      en: 'The application was rejected manually.',
    },
  },
};

/**
 * Decides an application: approved when the client is 21 to 70 years old on the decision day
 * and the amount is at most three times the monthly income (other income included). The age is
 * checked first: a client outside the age range is refused whatever the amount.
 *
 * @example
 * decideCredit({ amount: '30000', income: 10000, otherIncome: 0,
 *   birthDate: '1990-01-01', decisionDay: '2026-12-01' }); // { outcome: 'approved' }
 */
export function decideCredit(input: DecisionInput): Decision {
  if (!isAgeInRange(input.birthDate, input.decisionDay)) {
    return { outcome: 'rejected', rejection: REJECTIONS.age_out_of_range };
  }
  if (!isAmountCovered(input.amount, input.income + input.otherIncome)) {
    return { outcome: 'rejected', rejection: REJECTIONS.amount_exceeds_income };
  }
  return { outcome: 'approved' };
}

function isAgeInRange(birthDate: string, decisionDay: string): boolean {
  const birth = parseIsoDate(birthDate);
  const day = parseIsoDate(decisionDay);
  if (birth === undefined || day === undefined) {
    return false;
  }
  const age = getAgeInYears(birth, day);
  return age >= DECISION_LIMITS.minAge && age <= DECISION_LIMITS.maxAge;
}

/** Compares in kopecks, exactly: no floating point touches money. */
function isAmountCovered(amount: string, monthlyIncome: number): boolean {
  const parsed = parseDecimal(amount, ['.', ',']);
  if (parsed === undefined || !Number.isSafeInteger(monthlyIncome)) {
    return false;
  }
  const amountKopecks = toScaledInteger(parsed, 2);
  const limitKopecks = BigInt(monthlyIncome) * BigInt(DECISION_LIMITS.incomeMultiple) * 100n;
  return amountKopecks <= limitKopecks;
}
