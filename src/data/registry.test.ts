import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDecimal } from '../rules/keyword-decimal.js';
import { createPersona } from './persona.js';
import { GENERATORS } from './registry.js';
import { createSeededFaker } from './seed.js';

const NAMES = [
  ...['person.inn', 'person.fio', 'person.bdate', 'passport.view', 'passport.series'],
  ...['passport.number', 'passport.issued_by', 'passport.issued_on', 'passport.division_code'],
  ...['address.registration', 'address.actual', 'phone.mobile', 'phone.home', 'work.name'],
  ...['work.phone', 'work.address_actual', 'work.address_legal', 'work.post'],
  ...['work.experience_months', 'contact.phone', 'contact.name', 'income.monthly'],
  ...['income.other', 'income.other_source', 'family.status', 'family.children'],
  ...['credit.amount', 'credit.term', 'credit.percent', 'credit.comment'],
  ...['credit.card_number', 'credit.purpose'],
];

const inputs = Array.from({ length: 150 }, (_, index) => ({
  persona: createPersona(3, index),
  faker: createSeededFaker(3, 'registry', index),
}));

function valuesOf(name: string): unknown[] {
  const generator = GENERATORS[name];
  if (generator === undefined) throw new Error(`no generator ${name}`);
  return inputs.map((input) => generator(input));
}

describe('GENERATORS', () => {
  it('has every generator the spec names', () => {
    const spec = readFileSync(new URL('../../spec/microf1.openapi.yaml', import.meta.url), 'utf8');
    const named = [...spec.matchAll(/x-microf1-generate:\s*([\w.]+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(20);
    for (const name of [...NAMES, ...named]) expect(GENERATORS, name).toHaveProperty([name ?? '']);
  });

  it.each([
    [
      'work.post',
      [
        ...['owner_director', 'head_of_unit', 'specialist', 'office_employee', 'worker'],
        ...['service_staff', 'civil_servant', 'military', 'entrepreneur', 'self_employed'],
        ...['pensioner', 'student', 'unemployed'],
      ],
    ],
    ['family.status', ['single', 'married', 'civil_marriage', 'divorced', 'widowed']],
    ['family.children', ['0', '1', '2', '3+']],
  ])('%s stays within its enum', (name, allowed) => {
    const values = valuesOf(name);
    for (const value of values) expect(allowed).toContain(value);
    expect(new Set(values).size).toBeGreaterThan(1);
  });

  it('writes the internal passport, the one document the data describes', () => {
    expect(new Set(valuesOf('passport.view'))).toEqual(new Set(['21']));
  });

  it('writes credit terms within the product limits', () => {
    const amount = { minimum: '1000', maximum: '500000', maxFractionDigits: 2 };
    for (const value of valuesOf('credit.amount')) {
      expect(checkDecimal(amount, String(value))).toBeUndefined();
      expect(value).toMatch(/^\d+(000|500)(\.00)?$/);
    }
    for (const value of valuesOf('credit.term')) {
      expect(
        checkDecimal({ minimum: '5', maximum: '365', maxFractionDigits: 0 }, String(value)),
      ).toBeUndefined();
    }
    const percents = valuesOf('credit.percent').map(String);
    for (const value of percents) {
      expect(
        checkDecimal({ minimum: '0', maximum: '0.8', separators: ['.', ','] }, value),
      ).toBeUndefined();
    }
    expect(percents.some((value) => value.includes(','))).toBe(true);
  });

  it('writes incomes as whole roubles within 100 to 99999', () => {
    for (const name of ['income.monthly', 'income.other']) {
      for (const value of valuesOf(name).filter((item) => item !== undefined)) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(100);
        expect(value).toBeLessThanOrEqual(99_999);
      }
    }
  });

  it('keeps the optional values of a person together', () => {
    for (const input of inputs) {
      const value = (name: string) => GENERATORS[name]?.(input);
      expect(value('work.name') === undefined).toBe(value('work.phone') === undefined);
      expect(value('contact.phone') === undefined).toBe(value('contact.name') === undefined);
      expect(value('income.other') === undefined).toBe(value('income.other_source') === undefined);
    }
  });

  it('writes the passport series as 4512 or 45 12, the same digits', () => {
    const series = valuesOf('passport.series').map(String);
    series.forEach((value, index) => {
      expect(value.replace(' ', '')).toBe(inputs[index]?.persona.passport.series);
    });
    expect(series.some((value) => value.includes(' '))).toBe(true);
  });
});
