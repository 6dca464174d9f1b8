import type { Faker } from '@faker-js/faker';
import { type Address, generateAddress } from './address.js';
import type { PersonName } from './identity.js';
import { generateLandline } from './identity.js';
import {
  choosePost,
  generateEmployerName,
  generateIncome,
  hasEmployer,
  OTHER_INCOME_SOURCES,
  type WorkPost,
} from './occupation.js';
import type { Region } from './regions.js';

/** A person's job; the employer's details are absent for those without one. */
export interface Work {
  post: WorkPost;
  employer?: {
    name: string;
    phone: string;
    actualAddress: Address;
    legalAddress: Address;
    /** Months at this employer, never more than the years since the 18th birthday. */
    experienceMonths: number;
  };
}

/** Monthly income in roubles, and a second income with its source. */
export interface Income {
  monthly: number;
  other?: { amount: number; source: string };
}

/** A post fitting the age and, when it has one, an employer in the person's city. */
export function generateWork(faker: Faker, region: Region, name: PersonName, age: number): Work {
  const post = choosePost(faker, age);
  if (!hasEmployer(post)) return { post };

  const actualAddress = generateAddress(faker, region, false);
  const sameLegal = faker.datatype.boolean({ probability: 0.6 });
  const legalAddress = sameLegal ? actualAddress : generateAddress(faker, region, false);
  const employer = {
    name: generateEmployerName(faker, post, name),
    phone: generateLandline(faker, region),
    actualAddress,
    legalAddress,
    experienceMonths: faker.number.int({ min: 0, max: Math.min(600, (age - 18) * 12) }),
  };
  return { post, employer };
}

/** The income of a post, with a second income for about one person in three. */
export function generateIncomes(faker: Faker, post: WorkPost): Income {
  const monthly = generateIncome(faker, post);
  if (!faker.datatype.boolean({ probability: 0.3 })) return { monthly };

  const amount = faker.number.int({ min: 30, max: 400 }) * 100;
  return { monthly, other: { amount, source: faker.helpers.arrayElement(OTHER_INCOME_SOURCES) } };
}
