import type { Faker } from '@faker-js/faker';
import type { PersonName } from './identity.js';

/** The `work_post` values of the spec. */
export type WorkPost =
  | 'owner_director'
  | 'head_of_unit'
  | 'specialist'
  | 'office_employee'
  | 'worker'
  | 'service_staff'
  | 'civil_servant'
  | 'military'
  | 'entrepreneur'
  | 'self_employed'
  | 'pensioner'
  | 'student'
  | 'unemployed';

/** Monthly income in roubles by post, lowest and highest. */
const INCOME_RANGES: Readonly<Record<WorkPost, [number, number]>> = {
  owner_director: [60_000, 99_900],
  head_of_unit: [55_000, 99_000],
  specialist: [40_000, 95_000],
  office_employee: [30_000, 70_000],
  worker: [30_000, 80_000],
  service_staff: [20_000, 50_000],
  civil_servant: [35_000, 80_000],
  military: [45_000, 99_000],
  entrepreneur: [30_000, 99_900],
  self_employed: [20_000, 90_000],
  pensioner: [15_000, 35_000],
  student: [5_000, 30_000],
  unemployed: [500, 15_000],
};

const EMPLOYED: readonly { weight: number; value: WorkPost }[] = [
  { weight: 4, value: 'owner_director' },
  { weight: 8, value: 'head_of_unit' },
  { weight: 20, value: 'specialist' },
  { weight: 14, value: 'office_employee' },
  { weight: 18, value: 'worker' },
  { weight: 10, value: 'service_staff' },
  { weight: 6, value: 'civil_servant' },
  { weight: 3, value: 'military' },
  { weight: 5, value: 'entrepreneur' },
  { weight: 6, value: 'self_employed' },
  { weight: 4, value: 'unemployed' },
];

/** A post that fits the age: students are young, pensioners are past 60. */
export function choosePost(faker: Faker, age: number): WorkPost {
  if (age < 25 && faker.datatype.boolean({ probability: 0.25 })) return 'student';
  if (age >= 60 && faker.datatype.boolean({ probability: 0.5 })) return 'pensioner';
  return faker.helpers.weightedArrayElement([...EMPLOYED]);
}

/** True for posts that come with an employer (and so a work phone and addresses). */
export function hasEmployer(post: WorkPost): boolean {
  return !['self_employed', 'pensioner', 'student', 'unemployed'].includes(post);
}

/** The employer's name: a company, a military unit, or the person's own sole proprietorship. */
export function generateEmployerName(faker: Faker, post: WorkPost, name: PersonName): string {
  if (post === 'military') return `Войсковая часть ${faker.string.numeric(5)}`;
  if (post === 'entrepreneur') {
    return `ИП ${name.lastName} ${name.firstName[0]}. ${name.middleName[0]}.`;
  }
  return faker.company.name();
}

/** A monthly income in roubles for the post, rounded to hundreds, 100 to 99999. */
export function generateIncome(faker: Faker, post: WorkPost): number {
  const [min, max] = INCOME_RANGES[post];
  return Math.min(99_999, faker.number.int({ min: min / 100, max: max / 100 }) * 100);
}

/** Sources of a second income, as a client writes them. */
export const OTHER_INCOME_SOURCES: readonly string[] = [
  'Сдача квартиры в аренду',
  'Подработка',
  'Пенсия',
  'Алименты',
  'Проценты по вкладам',
  'Фриланс',
  'Репетиторство',
];
