import { describe, expect, it } from 'vitest';
import { createMicroF1Ajv } from './create-ajv.js';
import { formatMessage, MESSAGES } from './messages.js';
import { toViolations } from './violations.js';

const ajv = createMicroF1Ajv({ today: () => '2026-01-01' });

const validate = ajv.compile({
  type: 'object',
  required: ['mobile_phone', 'series', 'income'],
  properties: {
    mobile_phone: { type: 'string', pattern: '^9\\d{9}$' },
    series: { type: 'string', pattern: '^\\d{2} ?\\d{2}$' },
    income: { type: 'integer', minimum: 100, maximum: 99999 },
    name: { type: 'string', minLength: 3, maxLength: 5 },
    work_name: { type: 'string' },
    work_phone: { type: 'string' },
    kind: { oneOf: [{ const: 'a' }, { const: 'b' }] },
    card: { type: 'string', pattern: '^\\d{16}$', format: 'luhn' },
  },
  dependentRequired: { work_name: ['work_phone'] },
  if: { properties: { name: { type: 'string' } }, required: ['name'] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
  then: { properties: { name: { type: 'string', pattern: '^[A-Z]' } } },
  unevaluatedProperties: false,
});

function run(body: unknown, language: 'ru' | 'en' = 'en') {
  expect(validate(body)).toBe(false);
  return toViolations(validate.errors ?? [], language);
}

const base = { mobile_phone: '9161234567', series: '45 12', income: 100 };

describe('toViolations', () => {
  it('points at the missing property itself', () => {
    const violations = run({ series: '4512', income: 500 });
    expect(violations).toEqual([
      { pointer: '/mobile_phone', code: 'required', message: 'This field is required.' },
    ]);
  });

  it('names the missing dependant of a given property', () => {
    expect(run({ ...base, work_name: 'ООО Ромашка' })).toEqual([
      {
        pointer: '/work_phone',
        code: 'required_with',
        message: 'This field is required when "work_name" is given.',
      },
    ]);
  });

  it('reports every field at once, each once', () => {
    const body = { mobile_phone: '8161234567', series: '451', income: 99, name: 'ab', extra: 1 };
    const found = run(body).map(({ pointer, code }) => `${pointer} ${code}`);
    expect(found.sort()).toEqual([
      '/extra unknown_field',
      '/income minimum',
      '/mobile_phone pattern',
      '/name min_length',
      '/name pattern',
      '/series pattern',
    ]);
  });

  it('keeps the order in which the fields were checked', () => {
    expect(run({ ...base, mobile_phone: '1', series: '1' }).map((v) => v.pointer)).toEqual([
      '/mobile_phone',
      '/series',
    ]);
  });

  it('drops the if/then and oneOf wrappers', () => {
    const codes = run({ ...base, name: 'abc', kind: 'c' }).map((violation) => violation.code);
    expect(codes).toEqual(['pattern', 'enum']);
  });

  it('maps type, maximum, max_length and custom formats', () => {
    const body = { ...base, income: '100', name: 'Abcdef', card: '4111111111111112' };
    expect(run(body).map(({ pointer, code }) => [pointer, code])).toEqual([
      ['/income', 'type'],
      ['/name', 'max_length'],
      ['/card', 'luhn_checksum'],
    ]);
    expect(run({ ...base, income: 100000 })[0]?.code).toBe('maximum');
  });

  it('writes Russian by default and keeps the code in both languages', () => {
    const body = { ...base, name: 'Abcdef' };
    const ru = run(body, 'ru');
    const en = run(body, 'en');
    expect(ru.map((violation) => violation.code)).toEqual(en.map((violation) => violation.code));
    expect(ru[0]?.message).toBe('Слишком длинное значение: не больше 5 символов.');
    expect(en[0]?.message).toBe('Too long: at most 5 characters.');
    expect(toViolations(validate.errors ?? [])[0]?.message).toBe(ru[0]?.message);
  });

  it('escapes property names in pointers', () => {
    expect(run({ ...base, 'a/b~c': 1 })[0]?.pointer).toBe('/a~1b~0c');
  });
});

describe('messages', () => {
  it('names types and formats in the language of the message', () => {
    const dates = createMicroF1Ajv({ today: () => '2026-01-01' }).compile({
      type: 'object',
      properties: { day: { type: 'string', format: 'date' }, count: { type: 'integer' } },
    });
    expect(dates({ day: '2023-02-29', count: 'x' })).toBe(false);
    expect(toViolations(dates.errors ?? [], 'ru').map((violation) => violation.message)).toEqual([
      'Значение не соответствует формату: дата ГГГГ-ММ-ДД.',
      'Неверный тип значения: ожидается целое число.',
    ]);
    expect(toViolations(dates.errors ?? [], 'en').map((violation) => violation.message)).toEqual([
      'The value does not match the format: date YYYY-MM-DD.',
      'Wrong type of value: expected integer.',
    ]);
  });

  it('has a Russian and an English sentence for every code', () => {
    const params = {
      ...{ limit: 5, minYears: 18, maxYears: 100, anniversary: '2004-05-17', property: 'a' },
      ...{ type: 'string', allowedValues: ['a', 'b'], format: 'date', maxFractionDigits: 2 },
      ...{ separators: ['.', ','], minimum: '1000', maximum: '500000' },
    };
    for (const [code, entry] of Object.entries(MESSAGES)) {
      expect(entry.ru(params), code).toMatch(/[а-яё]/i);
      expect(entry.en(params), code).toMatch(/^[\x20-\x7e]+$/);
      expect(entry.ru(params)).not.toContain('undefined');
    }
  });
});

describe('messages with counts', () => {
  it.each([
    [1, 'не меньше 1 символа', 'at least 1 character.'],
    [3, 'не меньше 3 символов', 'at least 3 characters.'],
    [21, 'не меньше 21 символа', 'at least 21 characters.'],
    [11, 'не меньше 11 символов', 'at least 11 characters.'],
  ])('agree with %i in both languages', (limit, ru, en) => {
    expect(formatMessage('min_length', { limit }, 'ru')).toContain(ru);
    expect(formatMessage('min_length', { limit }, 'en')).toContain(en);
  });
});
