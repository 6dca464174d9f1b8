import type { Faker } from '@faker-js/faker';
import { computeInn10CheckDigit } from '../rules/inn.js';
import { computeLuhnCheckDigit } from '../rules/luhn.js';
import type { Region } from './regions.js';

/** A person's sex, which decides the forms of all three parts of the name. */
export type Sex = 'male' | 'female';

/** Surname, first name and patronymic of one sex. */
export interface PersonName {
  sex: Sex;
  lastName: string;
  firstName: string;
  middleName: string;
  /** `Фамилия Имя Отчество`. */
  full: string;
}

/** A Russian name whose surname, first name and patronymic all agree with `sex`. */
export function generateName(faker: Faker, sex: Sex): PersonName {
  const lastName = faker.person.lastName(sex);
  const firstName = faker.person.firstName(sex);
  const middleName = faker.person.middleName(sex);
  return { sex, lastName, firstName, middleName, full: `${lastName} ${firstName} ${middleName}` };
}

/**
 * A ten-digit INN registered in `region`: the subject code, a tax office number, a record
 * number, and a valid check digit.
 */
export function generateInn10(faker: Faker, region: Region): string {
  const office = String(faker.number.int({ min: 1, max: 45 })).padStart(2, '0');
  const payload = `${region.subjectCode}${office}${faker.string.numeric(5)}`;
  return `${payload}${computeInn10CheckDigit(payload)}`;
}

/** A mobile number of ten digits, `9XXXXXXXXX`, without the country code. */
export function generateMobilePhone(faker: Faker): string {
  return `9${faker.string.numeric(9)}`;
}

/** A ten-digit landline number of the region's main city: area code, then the local number. */
export function generateLandline(faker: Faker, region: Region): string {
  const areaCode = faker.helpers.arrayElement(region.areaCodes);
  const local = `${faker.number.int({ min: 2, max: 7 })}${faker.string.numeric(9)}`;
  return `${areaCode}${local}`.slice(0, 10);
}

/** A sixteen-digit Mir card number (BIN 2200-2204) with a valid Luhn check digit. */
export function generateMirCard(faker: Faker): string {
  const payload = `220${faker.number.int({ min: 0, max: 4 })}${faker.string.numeric(11)}`;
  return `${payload}${computeLuhnCheckDigit(payload)}`;
}
