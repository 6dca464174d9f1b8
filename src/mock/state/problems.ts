import type { DomainProblem, HandlerResult } from '../types.js';
import { type CreditStatusCode, STATUS_LABELS } from './statuses.js';

/**
 * The refusals the domain decides, each with its status, type and texts in both languages.
 * The core renders them as `application/problem+json`.
 */

/** A second profile with the same key field: 409 `duplicate`, the violation at that field. */
export function duplicateProfile(field: string): DomainProblem {
  return {
    status: 409,
    type: 'duplicate',
    title: { ru: 'Конфликт', en: 'Conflict' },
    detail: {
      ru: 'Профиль с таким ИНН уже существует.',
      en: 'A profile with this INN exists already.',
    },
    errors: [
      {
        pointer: `/${field}`,
        code: 'duplicate',
        message: {
          ru: 'Профиль с этим ИНН уже существует.',
          en: 'A profile with this INN exists already.',
        },
      },
    ],
  };
}

/** A credit for a client with no profile: 422 `validation-failed`, `not_found` at that field. */
export function unknownOwner(field: string): DomainProblem {
  return {
    status: 422,
    type: 'validation-failed',
    title: { ru: 'Ошибка проверки данных', en: 'Validation failed' },
    detail: { ru: 'В запросе 1 ошибка.', en: 'The request has 1 error.' },
    errors: [
      {
        pointer: `/${field}`,
        code: 'not_found',
        message: {
          ru: 'Профиль клиента с этим ИНН не найден.',
          en: 'No client profile has this INN.',
        },
      },
    ],
  };
}

/**
 * No such credit, or (for the contract) a credit the INN does not own: the same problem for
 * both, so that a client cannot tell which and probe other clients' credits.
 */
export function creditNotFound(creditid: number): DomainProblem {
  return {
    status: 404,
    type: 'not-found',
    title: { ru: 'Не найдено', en: 'Not found' },
    detail: { ru: `Кредит ${creditid} не найден.`, en: `Credit ${creditid} was not found.` },
  };
}

/** The contract of a credit not approved yet, or rejected: 409 with its current status. */
export function contractNotReady(status: CreditStatusCode): DomainProblem {
  const label = STATUS_LABELS[status];
  return {
    status: 409,
    type: 'contract-not-ready',
    title: { ru: 'Договор недоступен', en: 'Contract not available' },
    detail: {
      ru: `Договор готовится только для одобренного кредита; текущий статус «${label.ru}».`,
      en: `A contract exists only for an approved credit; the current status is "${label.en}".`,
    },
    extensions: { current_status: status },
  };
}

/** A status the lifecycle does not know, asked of the control API: 422 at `/status`. */
export function unknownStatus(status: string, allowed: readonly string[]): DomainProblem {
  const list = allowed.join(', ');
  return {
    status: 422,
    type: 'validation-failed',
    title: { ru: 'Ошибка проверки данных', en: 'Validation failed' },
    detail: { ru: 'В запросе 1 ошибка.', en: 'The request has 1 error.' },
    errors: [
      {
        pointer: '/status',
        code: 'enum',
        message: {
          ru: `Неизвестный статус «${status}»; допустимы: ${list}.`,
          en: `Unknown status "${status}"; allowed: ${list}.`,
        },
      },
    ],
  };
}

/** Wraps a problem as a handler result. */
export function toProblemResult(problem: DomainProblem): HandlerResult {
  return { kind: 'problem', problem };
}
