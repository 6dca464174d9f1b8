import { describe, expect, it } from 'vitest';
import { createMicroF1Ajv } from './create-ajv.js';
import { toViolations } from './violations.js';

let today = '2026-01-01';
const ajv = createMicroF1Ajv({ today: () => today });

const profile = ajv.compile({
  type: 'object',
  required: ['inn', 'bdate', 'passport'],
  properties: {
    inn: {
      type: 'string',
      pattern: '^\\d{10}$',
      format: 'ru-inn-10',
      'x-microf1-unique': 'profile',
    },
    bdate: { type: 'string', format: 'date', 'x-microf1-age': { minYears: 18, maxYears: 100 } },
    passport: {
      type: 'object',
      required: ['issued_on'],
      properties: {
        issued_on: {
          type: 'string',
          format: 'date',
          'x-microf1-not-future': true,
          'x-microf1-after-anniversary': { of: '/bdate', years: 14 },
          'x-microf1-note': 'issued at 14, replaced at 20 and 45',
        },
      },
    },
    card: { type: 'string', format: 'luhn', 'x-microf1-pii': 'card-number' },
    amount: {
      type: 'string',
      'x-microf1-normalize': 'decimal',
      'x-microf1-decimal': {
        minimum: '1000',
        maximum: '500000',
        maxFractionDigits: 2,
        separators: ['.', ','],
      },
    },
    post: { enum: ['worker', 'student'], 'x-enum-descriptions': ['Рабочий', 'Студент'] },
    owner: {
      type: 'string',
      'x-microf1-references': 'profile',
      'x-microf1-generate': 'person.inn',
    },
  },
  additionalProperties: false,
});

const valid = {
  inn: '7707083893',
  bdate: '1990-05-17',
  passport: { issued_on: '2010-06-01' },
  card: '4111111111111111',
  amount: '15000,50',
  post: 'worker',
  owner: '7707083893',
};

function check(body: unknown) {
  return profile(body) ? [] : toViolations(profile.errors ?? [], 'en');
}

describe('addMicroF1Rules through Ajv', () => {
  it('accepts a valid document in strict mode', () => {
    expect(check(valid)).toEqual([]);
  });

  it.each([
    [{ inn: '7707083894' }, '/inn', 'inn_checksum'],
    [{ card: '4111111111111112' }, '/card', 'luhn_checksum'],
    [{ bdate: '2008-01-02', passport: { issued_on: '2022-01-02' } }, '/bdate', 'age_range'],
    [{ bdate: '1925-01-01' }, '/bdate', 'age_range'],
    [{ bdate: '2023-02-29' }, '/bdate', 'format'],
    [{ passport: { issued_on: '2026-01-02' } }, '/passport/issued_on', 'date_in_future'],
    [{ passport: { issued_on: '2004-05-16' } }, '/passport/issued_on', 'before_anniversary'],
    [{ amount: '500000.01' }, '/amount', 'decimal_range'],
    [{ amount: '999' }, '/amount', 'decimal_range'],
    [{ amount: '1000.001' }, '/amount', 'decimal_format'],
    [{ post: 'boss' }, '/post', 'enum'],
  ])('reports %j at %s as %s', (patch, pointer, code) => {
    expect(check({ ...valid, ...patch })).toEqual([{ pointer, code, message: expect.any(String) }]);
  });

  it('accepts the age bounds themselves', () => {
    expect(check({ ...valid, bdate: '2008-01-01', passport: { issued_on: '2022-01-01' } })).toEqual(
      [],
    );
    expect(check({ ...valid, bdate: '1926-01-01' })).toEqual([]);
    expect(check({ ...valid, bdate: '1925-01-02' })).toEqual([]);
  });

  it('reads the current day from the clock on each validation', () => {
    const body = { ...valid, bdate: '2008-01-02', passport: { issued_on: '2022-01-02' } };
    today = '2026-01-01';
    expect(check(body).map((violation) => violation.code)).toEqual(['age_range']);
    today = '2026-01-02';
    expect(check(body)).toEqual([]);
    today = '2026-01-01';
  });

  it('skips the anniversary rule when the other date is missing or invalid', () => {
    const early = { issued_on: '1991-01-01' };
    expect(check({ ...valid, bdate: '1990-02-30', passport: early }).map((v) => v.code)).toEqual([
      'format',
    ]);
  });

  it('carries the anniversary and bounds in the error params', () => {
    profile({ ...valid, passport: { issued_on: '2004-05-16' }, amount: '1' });
    const params = (profile.errors ?? []).map((error) => error.params);
    expect(params).toContainEqual(expect.objectContaining({ anniversary: '2004-05-17' }));
    expect(params).toContainEqual(
      expect.objectContaining({ code: 'decimal_range', minimum: '1000', maximum: '500000' }),
    );
  });

  it('refuses a malformed keyword value when compiling', () => {
    expect(() => ajv.compile({ type: 'string', 'x-microf1-age': { minYears: 'x' } })).toThrow();
  });
});
