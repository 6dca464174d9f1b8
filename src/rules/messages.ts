/** Languages of violation messages. */
export type Language = 'ru' | 'en';

/** Values a message may quote: bounds, the anniversary date, the allowed values. */
export type MessageParams = Readonly<Record<string, unknown>>;

/** One catalogue entry: how to say a violation in each language. */
export type MessageEntry = Readonly<Record<Language, (params: MessageParams) => string>>;

const listValues = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : String(value);

/**
 * A count with its noun in Russian, in the genitive that "не меньше" and "не больше" ask for:
 * the singular after 1, 21, 31... (not 11), the plural otherwise.
 */
const countedRu =
  (singular: string, plural: string) =>
  (limit: unknown): string => {
    const count = Number(limit);
    const one = count % 10 === 1 && count % 100 !== 11;
    return `${listValues(limit)} ${one ? singular : plural}`;
  };

/** A count with its noun in English: the singular after 1 only. */
const countedEn =
  (singular: string, plural: string) =>
  (limit: unknown): string =>
    `${listValues(limit)} ${Number(limit) === 1 ? singular : plural}`;

const characters = countedRu('символа', 'символов');
const charactersEn = countedEn('character', 'characters');
const fields = countedRu('поля', 'полей');
const fieldsEn = countedEn('field', 'fields');

/** How JSON types and formats are named in each language. */
const NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  ru: {
    string: 'строка',
    integer: 'целое число',
    number: 'число',
    boolean: 'логическое значение',
    object: 'объект',
    array: 'массив',
    null: 'null',
    date: 'дата ГГГГ-ММ-ДД',
    'date-time': 'дата и время по RFC 3339',
    email: 'адрес электронной почты',
  },
  en: {
    date: 'date YYYY-MM-DD',
    'date-time': 'RFC 3339 date and time',
    email: 'email address',
  },
};

/** The name of a type or format in a language, the value itself when it has none. */
const nameOf = (language: Language, value: unknown): string =>
  String(value)
    .split(',')
    .map((part) => NAMES[language][part] ?? part)
    .join(', ');

/** Every stable violation code with its Russian and English message. */
export const MESSAGES = {
  required: {
    ru: () => 'Обязательное поле не заполнено.',
    en: () => 'This field is required.',
  },
  required_with: {
    ru: (p) => `Поле обязательно, когда заполнено поле «${listValues(p.property)}».`,
    en: (p) => `This field is required when "${listValues(p.property)}" is given.`,
  },
  type: {
    ru: (p) => `Неверный тип значения: ожидается ${nameOf('ru', p.type)}.`,
    en: (p) => `Wrong type of value: expected ${nameOf('en', p.type)}.`,
  },
  enum: {
    ru: (p) => `Недопустимое значение; допустимы: ${listValues(p.allowedValues)}.`,
    en: (p) => `Value not allowed; allowed values: ${listValues(p.allowedValues)}.`,
  },
  pattern: {
    ru: () => 'Значение записано в неверном формате.',
    en: () => 'The value is written in the wrong format.',
  },
  min_length: {
    ru: (p) => `Слишком короткое значение: не меньше ${characters(p.limit)}.`,
    en: (p) => `Too short: at least ${charactersEn(p.limit)}.`,
  },
  max_length: {
    ru: (p) => `Слишком длинное значение: не больше ${characters(p.limit)}.`,
    en: (p) => `Too long: at most ${charactersEn(p.limit)}.`,
  },
  min_properties: {
    ru: (p) => `Слишком мало полей: нужно не меньше ${fields(p.limit)}.`,
    en: (p) => `Too few fields: at least ${fieldsEn(p.limit)} expected.`,
  },
  max_properties: {
    ru: (p) => `Слишком много полей: можно не больше ${fields(p.limit)}.`,
    en: (p) => `Too many fields: at most ${fieldsEn(p.limit)} allowed.`,
  },
  minimum: {
    ru: (p) => `Значение меньше допустимого (${listValues(p.limit)}).`,
    en: (p) => `The value is below the minimum (${listValues(p.limit)}).`,
  },
  maximum: {
    ru: (p) => `Значение больше допустимого (${listValues(p.limit)}).`,
    en: (p) => `The value is above the maximum (${listValues(p.limit)}).`,
  },
  format: {
    ru: (p) => `Значение не соответствует формату: ${nameOf('ru', p.format)}.`,
    en: (p) => `The value does not match the format: ${nameOf('en', p.format)}.`,
  },
  unknown_field: {
    ru: () => 'Неизвестное поле.',
    en: () => 'Unknown field.',
  },
  inn_checksum: {
    ru: () => 'Неверный ИНН: контрольная цифра не совпадает.',
    en: () => 'Invalid INN: the check digit does not match.',
  },
  luhn_checksum: {
    ru: () => 'Неверный номер карты: контрольная цифра не совпадает.',
    en: () => 'Invalid card number: the check digit does not match.',
  },
  age_range: {
    ru: (p) =>
      `Возраст клиента должен быть от ${listValues(p.minYears)} до ${listValues(p.maxYears)} лет.`,
    en: (p) =>
      `The client must be ${listValues(p.minYears)} to ${listValues(p.maxYears)} years old.`,
  },
  date_in_future: {
    ru: () => 'Дата не может быть в будущем.',
    en: () => 'The date cannot be in the future.',
  },
  before_anniversary: {
    ru: (p) => `Дата не может быть раньше ${listValues(p.anniversary)}.`,
    en: (p) => `The date cannot be earlier than ${listValues(p.anniversary)}.`,
  },
  decimal_format: {
    ru: (p) =>
      `Ожидается число, не больше ${listValues(p.maxFractionDigits)} знаков после запятой ` +
      `(разделитель: ${listValues(p.separators)}).`,
    en: (p) =>
      `Expected a number with at most ${listValues(p.maxFractionDigits)} decimal places ` +
      `(decimal mark: ${listValues(p.separators)}).`,
  },
  decimal_range: {
    ru: (p) => `Число должно быть от ${listValues(p.minimum)} до ${listValues(p.maximum)}.`,
    en: (p) => `The number must be between ${listValues(p.minimum)} and ${listValues(p.maximum)}.`,
  },
  duplicate: {
    ru: () => 'Запись с таким значением уже существует.',
    en: () => 'A record with this value already exists.',
  },
  not_found: {
    ru: () => 'Запись с таким значением не найдена.',
    en: () => 'No record has this value.',
  },
  invalid: {
    ru: () => 'Недопустимое значение.',
    en: () => 'Invalid value.',
  },
} satisfies Record<string, MessageEntry>;

/** A stable violation code, the same in every language. */
export type ViolationCode = keyof typeof MESSAGES;

/** The message of a violation code in a language, with its values filled in. */
export function formatMessage(
  code: ViolationCode,
  params: MessageParams,
  language: Language = 'ru',
): string {
  const entry: MessageEntry = MESSAGES[code];
  return entry[language](params);
}
