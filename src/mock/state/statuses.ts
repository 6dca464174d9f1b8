import type { LocalizedText } from '../types.js';

/**
 * The statuses of a credit, in the order of the spec's `CreditStatusCode` enum, and the moves
 * between them: `new` → `in_review` → `approved` | `rejected`; `approved` → `issued`;
 * `issued` → `repaid` | `overdue`.
 */
export const CREDIT_STATUSES = [
  'new',
  'in_review',
  'approved',
  'rejected',
  'issued',
  'repaid',
  'overdue',
] as const;

export type CreditStatusCode = (typeof CREDIT_STATUSES)[number];

/** Each status's label: Russian as the spec's `x-enum-descriptions` give it, and English. */
export const STATUS_LABELS: Readonly<Record<CreditStatusCode, LocalizedText>> = {
  new: { ru: 'Новая', en: 'New' },
  in_review: { ru: 'На рассмотрении', en: 'In review' },
  approved: { ru: 'Одобрена', en: 'Approved' },
  rejected: { ru: 'Отклонена', en: 'Rejected' },
  issued: { ru: 'Выдан', en: 'Issued' },
  repaid: { ru: 'Погашен', en: 'Repaid' },
  overdue: { ru: 'Просрочен', en: 'Overdue' },
};

/** The statuses each status may move to next. */
export const NEXT_STATUSES: Readonly<Record<CreditStatusCode, readonly CreditStatusCode[]>> = {
  new: ['in_review'],
  in_review: ['approved', 'rejected'],
  approved: ['issued'],
  rejected: [],
  issued: ['repaid', 'overdue'],
  repaid: [],
  overdue: [],
};

/** The statuses with a contract: approved and every status an approved credit can reach. */
export const CONTRACT_STATUSES: readonly CreditStatusCode[] = [
  'approved',
  'issued',
  'repaid',
  'overdue',
];

/** Whether a value is one of the credit statuses. */
export function isCreditStatus(value: unknown): value is CreditStatusCode {
  return typeof value === 'string' && (CREDIT_STATUSES as readonly string[]).includes(value);
}

/**
 * The statuses passed on the way from one status to another along valid moves, the target
 * included; `undefined` when the target cannot be reached (it lies behind or on another branch).
 *
 * @example findStatusPath('new', 'issued') // ['in_review', 'approved', 'issued']
 */
export function findStatusPath(
  from: CreditStatusCode,
  to: CreditStatusCode,
): CreditStatusCode[] | undefined {
  if (from === to) {
    return [];
  }
  for (const next of NEXT_STATUSES[from]) {
    const rest = findStatusPath(next, to);
    if (rest !== undefined) {
      return [next, ...rest];
    }
  }
  return undefined;
}
