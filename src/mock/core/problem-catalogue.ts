import type { LocalizedText } from '../types.js';
import { countErrors } from './count-errors.js';

/** One kind of problem the core itself reports: its status, title and how to say what happened. */
export interface ProblemKind {
  readonly status: number;
  readonly title: LocalizedText;
  readonly detail: (params: ProblemParams) => LocalizedText;
}

/** Values a problem's detail may quote. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * Every problem the core reports on its own, by type slug (rendered as
 * `urn:microf1:problem:<slug>`). Problems of the domain (duplicate, not found, contract not
 * ready) come with their own texts from the handlers.
 */
export const PROBLEM_CATALOGUE = {
  'malformed-request': {
    status: 400,
    title: { ru: 'Запрос не разобран', en: 'Malformed request' },
    detail: (p) => ({
      ru: `Запрос не удалось разобрать. ${countErrors(p.count, 'ru')}`,
      en: `The request could not be read. ${countErrors(p.count, 'en')}`,
    }),
  },
  'request-timeout': {
    status: 408,
    title: { ru: 'Время ожидания запроса истекло', en: 'Request timeout' },
    detail: () => ({
      ru: 'Запрос не был получен полностью за отведённое время.',
      en: 'The request did not arrive in full in time.',
    }),
  },
  'unknown-path': {
    status: 404,
    title: { ru: 'Путь не найден', en: 'Unknown path' },
    detail: (p) => ({
      ru: `Путь ${p.path} не описан в контракте; ближайший: ${p.nearest}.`,
      en: `The path ${p.path} is not in the contract; the nearest is ${p.nearest}.`,
    }),
  },
  'method-not-allowed': {
    status: 405,
    title: { ru: 'Метод не поддерживается', en: 'Method not allowed' },
    detail: (p) => ({
      ru: `Путь ${p.path} принимает только ${p.allow}.`,
      en: `The path ${p.path} takes only ${p.allow}.`,
    }),
  },
  'not-acceptable': {
    status: 406,
    title: { ru: 'Формат ответа не поддерживается', en: 'Not acceptable' },
    detail: (p) => ({
      ru: `Операция отвечает только в форматах ${p.accepted}.`,
      en: `The operation answers only in ${p.accepted}.`,
    }),
  },
  'payload-too-large': {
    status: 413,
    title: { ru: 'Слишком большой запрос', en: 'Payload too large' },
    detail: (p) => ({
      ru: `Тело запроса больше ${p.limit} байт.`,
      en: `The request body is over ${p.limit} bytes.`,
    }),
  },
  'request-header-too-large': {
    status: 431,
    title: { ru: 'Слишком большие заголовки', en: 'Request header fields too large' },
    detail: (p) => ({
      ru: `Заголовки запроса больше ${p.limit} байт.`,
      en: `The request's headers are over ${p.limit} bytes.`,
    }),
  },
  'unsupported-media-type': {
    status: 415,
    title: { ru: 'Формат тела не поддерживается', en: 'Unsupported media type' },
    detail: (p) => ({
      ru: `Операция принимает тело только в форматах ${p.accepted}; получено: ${p.received}.`,
      en: `The operation takes a body only in ${p.accepted}; received: ${p.received}.`,
    }),
  },
  'unsupported-content-encoding': {
    status: 415,
    title: { ru: 'Кодирование тела не поддерживается', en: 'Unsupported content encoding' },
    detail: (p) => ({
      ru: `Кодирование тела «${p.encoding}» не поддерживается; тело принимается только без сжатия (identity).`,
      en: `The content encoding "${p.encoding}" is not supported; send the body uncompressed (identity).`,
    }),
  },
  'validation-failed': {
    status: 422,
    title: { ru: 'Ошибка проверки данных', en: 'Validation failed' },
    detail: (p) => ({ ru: countErrors(p.count, 'ru'), en: countErrors(p.count, 'en') }),
  },
  'internal-error': {
    status: 500,
    title: { ru: 'Внутренняя ошибка', en: 'Internal error' },
    detail: () => ({
      ru: 'Сервер не смог обработать запрос.',
      en: 'The server could not handle the request.',
    }),
  },
  'response-contract-violation': {
    status: 500,
    title: { ru: 'Ответ нарушает контракт', en: 'Response breaks the contract' },
    detail: (p) => ({
      ru: `Ответ сервера со статусом ${p.status} не соответствует контракту.`,
      en: `The server's response with status ${p.status} does not match the contract.`,
    }),
  },
} satisfies Record<string, ProblemKind>;

/** The slug of a problem the core reports. */
export type CoreProblemSlug = keyof typeof PROBLEM_CATALOGUE;
