import { redactText } from '../../privacy/redact-text.js';
import type { Language } from '../../rules/messages.js';

/** Violations the core finds before any schema is applied: unreadable bodies and parameters. */
const CORE_MESSAGES = {
  malformed_json: {
    ru: (at: string) => `Тело запроса не является корректным JSON: ошибка на позиции ${at}.`,
    en: (at: string) => `The request body is not valid JSON: the error is at position ${at}.`,
  },
  unknown_method: {
    ru: () => 'Метод запроса не распознан.',
    en: () => 'The request method is not recognised.',
  },
  invalid_framing: {
    ru: () =>
      'Границы тела запроса заданы неверно (Content-Length, Transfer-Encoding или размер фрагмента).',
    en: () => "The body's framing is invalid (Content-Length, Transfer-Encoding or a chunk size).",
  },
  unsupported_transfer_coding: {
    ru: (at: string) =>
      `Кодирование передачи «${at}» (Transfer-Encoding) не поддерживается; передайте тело только с chunked.`,
    en: (at: string) =>
      `The transfer coding "${at}" is not supported; send the body with chunked alone.`,
  },
  unparsable_head: {
    ru: () => 'Строка запроса или заголовки не разобраны.',
    en: () => 'The request line or its headers could not be parsed.',
  },
  missing_host: {
    ru: () => 'В запросе HTTP/1.1 нет заголовка Host.',
    en: () => 'An HTTP/1.1 request must carry a Host header.',
  },
  unreadable_body: {
    ru: () => 'Тело запроса не удалось прочитать.',
    en: () => 'The request body could not be read.',
  },
  invalid_utf8: {
    ru: () => 'Тело запроса содержит байты, недопустимые в UTF-8.',
    en: () => 'The request body holds bytes that are not valid UTF-8.',
  },
  nesting_too_deep: {
    ru: (at: string) => `Слишком глубокая вложенность (больше ${at} уровней).`,
    en: (at: string) => `Nested too deeply (more than ${at} levels).`,
  },
  form_encoding: {
    ru: (at: string) => `Неверная кодировка формы в «${at}».`,
    en: (at: string) => `Malformed form encoding in "${at}".`,
  },
  form_too_many_parameters: {
    ru: (at: string) => `Слишком много полей формы (поле ${at}).`,
    en: (at: string) => `Too many form fields (field ${at}).`,
  },
  form_too_deep: {
    ru: (at: string) => `Слишком глубокая вложенность поля формы «${at}».`,
    en: (at: string) => `The form field "${at}" is nested too deeply.`,
  },
  repeated_parameter: {
    ru: () => 'Параметр указан несколько раз; ожидается одно значение.',
    en: () => 'The parameter is given more than once; one value is expected.',
  },
  header_too_large: {
    ru: (at: string) => `Значение заголовка длиннее ${at} символов.`,
    en: (at: string) => `The header value is longer than ${at} characters.`,
  },
  body_required: {
    ru: () => 'Тело запроса обязательно.',
    en: () => 'The request body is required.',
  },
  undocumented_status: {
    ru: (at: string) => `Статус ${at} не описан для операции.`,
    en: (at: string) => `The status ${at} is not documented for the operation.`,
  },
  undocumented_media_type: {
    ru: (at: string) => `Формат ответа ${at} не описан для этого статуса.`,
    en: (at: string) => `The media type ${at} is not documented for this status.`,
  },
} satisfies Record<string, Record<Language, (at: string) => string>>;

/** A stable code of a violation the core itself finds. */
export type CoreViolationCode = keyof typeof CORE_MESSAGES;

/** One violation: where, a stable code, and a sentence in the request's language. */
export interface CoreViolation {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/** Builds a violation of the core's own, its message in the given language; a card number quoted is masked. */
export function createViolation(
  pointer: string,
  code: CoreViolationCode,
  language: Language,
  at = '',
): CoreViolation {
  return { pointer, code, message: CORE_MESSAGES[code][language](redactText(at)) };
}
