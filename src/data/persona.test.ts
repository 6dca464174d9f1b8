import { ru } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { getAgeInYears, getAnniversary } from '../rules/age.js';
import { isValidInn10 } from '../rules/inn.js';
import { compareDates, parseIsoDate } from '../rules/iso-date.js';
import { isValidLuhn } from '../rules/luhn.js';
import { createPersona } from './persona.js';

const reference = parseIsoDate('2026-01-01');
const people = Array.from({ length: 200 }, (_, index) => createPersona(7, index));

function day(text: string) {
  const date = parseIsoDate(text);
  if (date === undefined) throw new Error(`not a date: ${text}`);
  return date;
}

describe('createPersona', () => {
  it('gives the same person for the same seed and index', () => {
    expect(createPersona(7, 3)).toEqual(people[3]);
    expect(createPersona('run-a', 0)).toEqual(createPersona('run-a', 0));
  });

  it('gives different people for different indexes and seeds', () => {
    const names = new Set(people.map((person) => `${person.name.full} ${person.birthDate}`));
    expect(names.size).toBe(people.length);
    expect(createPersona(8, 3).inn).not.toBe(people[3]?.inn);
  });

  it('keeps a person the same whatever the reference date of others', () => {
    createPersona(7, 0, { referenceDate: '2030-06-01' });
    expect(createPersona(7, 3)).toEqual(people[3]);
  });

  it.each(people.map((person) => [person.index, person]))('person %i is coherent', (_, person) => {
    if (reference === undefined) throw new Error('bad reference');
    const birth = day(person.birthDate);
    const issued = day(person.passport.issuedOn);

    // age 21 to 65 on the reference date
    expect(getAgeInYears(birth, reference)).toBe(person.age);
    expect(person.age).toBeGreaterThanOrEqual(21);
    expect(person.age).toBeLessThanOrEqual(65);

    // check digits
    expect(isValidInn10(person.inn)).toBe(true);
    expect(isValidLuhn(person.cardNumber)).toBe(true);
    expect(person.cardNumber).toMatch(/^220[0-4]\d{12}$/);

    // the current passport: issued at 20 or 45, after the 14th birthday, not in the future
    const issueAge = person.age >= 45 ? 45 : 20;
    expect(compareDates(issued, getAnniversary(birth, issueAge))).toBeGreaterThanOrEqual(0);
    expect(compareDates(issued, getAnniversary(birth, 14))).toBeGreaterThanOrEqual(0);
    expect(compareDates(issued, reference)).toBeLessThanOrEqual(0);
    expect(person.passport.series).toBe(
      `${person.region.okato}${String(issued.year % 100).padStart(2, '0')}`,
    );
    expect(person.passport.number).toMatch(/^\d{6}$/);
    expect(person.passport.divisionCode).toMatch(
      new RegExp(`^${person.region.subjectCode}\\d-\\d{3}$`),
    );
    expect(person.passport.issuedBy).toContain(person.region.dative);
    expect(['21', '22', '14', '10', '12', '91']).toContain(person.passport.view);

    // one region for the INN, the addresses and the phones
    expect(person.inn.startsWith(person.region.subjectCode)).toBe(true);
    for (const address of [person.registrationAddress, person.actualAddress]) {
      expect(person.region.postcodePrefixes).toContain(address.postcode.slice(0, 3));
      expect(address.postcode).toMatch(/^\d{6}$/);
      expect(address.text).toContain(person.region.city);
      expect(address.text.startsWith(`${address.postcode}, ${person.region.name}`)).toBe(true);
    }
    expect(person.mobilePhone).toMatch(/^9\d{9}$/);
    if (person.homePhone !== undefined) {
      expect(person.homePhone).toMatch(/^\d{10}$/);
      expect(person.region.areaCodes.some((code) => person.homePhone?.startsWith(code))).toBe(true);
    }

    // money within the spec's bounds
    expect(Number.isInteger(person.income.monthly)).toBe(true);
    expect(person.income.monthly).toBeGreaterThanOrEqual(100);
    expect(person.income.monthly).toBeLessThanOrEqual(99_999);
    const employer = person.work.employer;
    if (employer !== undefined) {
      expect(employer.experienceMonths).toBeLessThanOrEqual((person.age - 18) * 12);
      expect(employer.phone).toMatch(/^\d{10}$/);
    }
  });

  it('names everyone with surname, first name and patronymic of one sex', () => {
    const lists = ru.person as Record<string, Record<string, string[]>>;
    const belongs = (part: string, sex: string, value: string) =>
      lists[part]?.[sex]?.includes(value) ?? false;
    for (const { name } of people) {
      expect(name.full).toBe(`${name.lastName} ${name.firstName} ${name.middleName}`);
      expect(belongs('last_name', name.sex, name.lastName)).toBe(true);
      expect(belongs('first_name', name.sex, name.firstName)).toBe(true);
      expect(belongs('middle_name', name.sex, name.middleName)).toBe(true);
      expect(name.middleName).toMatch(name.sex === 'male' ? /ич$/ : /на$/);
    }
    const sexes = new Set(people.map((person) => person.name.sex));
    expect(sexes).toEqual(new Set(['male', 'female']));
  });

  it('issues pre-2016 passports from the migration service and later ones from the police', () => {
    for (const { passport } of people) {
      const isLate = passport.issuedOn >= '2016-06-01';
      expect(
        passport.issuedBy.startsWith(isLate ? 'ГУ МВД России по ' : 'Отделом УФМС России по '),
      ).toBe(true);
    }
  });

  it('refuses a reference date that is not a date', () => {
    expect(() => createPersona(1, 0, { referenceDate: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('createPersona with a later day the documents must be valid on', () => {
  it('holds an internal passport replaced at 20 and 45 by that day, issued no later', () => {
    const validOn = parseIsoDate('2026-12-01');
    if (validOn === undefined) throw new Error('bad date');
    for (let index = 0; index < 300; index += 1) {
      const person = createPersona(2, index, {
        referenceDate: '2024-06-01',
        validOn: '2026-12-01',
      });
      const birth = parseIsoDate(person.birthDate);
      const issued = parseIsoDate(person.passport.issuedOn);
      if (birth === undefined || issued === undefined) throw new Error('bad date');
      const age = getAgeInYears(birth, validOn);
      const due = getAnniversary(birth, age >= 45 ? 45 : 20);
      expect(compareDates(issued, due)).toBeGreaterThanOrEqual(0);
      expect(compareDates(issued, validOn)).toBeLessThanOrEqual(0);
      expect(person.passport.view).toBe('21');
    }
  });
});
