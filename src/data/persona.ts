import { getAgeInYears, getAnniversary } from '../rules/age.js';
import { addDays, formatIsoDate, parseIsoDate } from '../rules/iso-date.js';
import { type Address, generateAddress } from './address.js';
import { generateFamily, type Family } from './family.js';
import {
  generateInn10,
  generateLandline,
  generateMirCard,
  generateMobilePhone,
  generateName,
  type PersonName,
  type Sex,
} from './identity.js';
import { generateWork, type Income, type Work, generateIncomes } from './work.js';
import { generatePassport, type Passport } from './passport.js';
import { REGIONS, type Region } from './regions.js';
import { createSeededFaker } from './seed.js';

/** The day personas are generated against unless told otherwise. */
export const DEFAULT_REFERENCE_DATE = '2026-01-01';

/** One coherent person: every document, phone and address agrees with the others. */
export interface Persona {
  index: number;
  name: PersonName;
  /** `YYYY-MM-DD`; the person is 21 to 65 on the reference date. */
  birthDate: string;
  age: number;
  region: Region;
  inn: string;
  passport: Passport;
  registrationAddress: Address;
  actualAddress: Address;
  mobilePhone: string;
  homePhone?: string;
  /** A Mir card in the person's name. */
  cardNumber: string;
  work: Work;
  income: Income;
  family: Family;
  contact?: { name: string; phone: string };
}

/** Options of {@link createPersona}. */
export interface PersonaOptions {
  /** The day ages and issue dates are computed against, `YYYY-MM-DD`. */
  referenceDate?: string;
  /**
   * The day the person's documents must still be valid on, `YYYY-MM-DD`, when it is later than
   * the reference date (a passport due at 45 by then is already replaced); the reference date by
   * default.
   */
  validOn?: string;
}

/**
 * The person number `index` of a seeded run. The same (seed, index, reference date) always
 * gives the same person, on any day and whatever else was generated.
 *
 * @example createPersona(42, 0).name.full // the same name on every run
 */
export function createPersona(
  seed: number | string,
  index: number,
  options: PersonaOptions = {},
): Persona {
  const reference = parseIsoDate(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
  if (reference === undefined) throw new RangeError('referenceDate must be YYYY-MM-DD');
  const validOn = options.validOn === undefined ? reference : parseIsoDate(options.validOn);
  if (validOn === undefined) throw new RangeError('validOn must be YYYY-MM-DD');
  const faker = createSeededFaker(seed, 'persona', index);

  // 1. Who: sex, name, and a birth date making the person 21 to 65.
  const sex: Sex = faker.helpers.arrayElement(['male', 'female']);
  const name = generateName(faker, sex);
  const years = faker.number.int({ min: 21, max: 65 });
  const birth = addDays(getAnniversary(reference, -years), -faker.number.int({ min: 0, max: 330 }));
  const age = getAgeInYears(birth, reference);

  // 2. Where: one region for the INN, passport, phones and addresses.
  const region = faker.helpers.arrayElement(REGIONS);
  const registrationAddress = generateAddress(faker, region);
  const movedOut = faker.datatype.boolean({ probability: 0.3 });
  const actualAddress = movedOut ? generateAddress(faker, region) : registrationAddress;

  // 3. Documents, then work and money, then family and the people around.
  const inn = generateInn10(faker, region);
  const passport = generatePassport(faker, region, birth, validOn);
  const mobilePhone = generateMobilePhone(faker);
  const cardNumber = generateMirCard(faker);
  const work = generateWork(faker, region, name, age);
  const income = generateIncomes(faker, work.post);
  const family = generateFamily(faker, age);
  const persona: Persona = {
    ...{ index, name, birthDate: formatIsoDate(birth), age, region, inn, passport },
    ...{ registrationAddress, actualAddress, mobilePhone, cardNumber, work, income, family },
  };

  // 4. Optional: a landline at home, and a contact person.
  if (faker.datatype.boolean({ probability: 0.4 })) {
    persona.homePhone = generateLandline(faker, region);
  }
  if (faker.datatype.boolean({ probability: 0.6 })) {
    const contactName = generateName(faker, faker.helpers.arrayElement(['male', 'female']));
    persona.contact = { name: contactName.full, phone: generateMobilePhone(faker) };
  }
  return persona;
}
