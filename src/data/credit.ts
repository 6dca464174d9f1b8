import type { Faker } from '@faker-js/faker';

/** Loan purposes as clients write them. */
const PURPOSES: readonly string[] = [
  'Ремонт автомобиля',
  'Покупка бытовой техники',
  'Лечение',
  'Оплата обучения',
  'Ремонт квартиры',
  'Отпуск',
  'До зарплаты',
  'Покупка телефона',
  'Погашение другого займа',
  'Подарок родственнику',
];

/** Short comments a client leaves on an application. */
const COMMENTS: readonly string[] = [
  'Прошу рассмотреть заявку в приоритетном порядке.',
  'Удобнее получать звонки после 18:00.',
  'Готов предоставить справку о доходах.',
  'Погашу досрочно.',
  'Ранее брал займы, просрочек не было.',
];

/** A round amount in roubles, 1000 to 500000, written `15000` or `15000.00`. */
export function generateAmount(faker: Faker): string {
  const thousands = faker.helpers.weightedArrayElement([
    { weight: 6, value: faker.number.int({ min: 1, max: 30 }) },
    { weight: 3, value: faker.number.int({ min: 30, max: 100 }) },
    { weight: 1, value: faker.number.int({ min: 100, max: 500 }) },
  ]);
  const half = thousands < 500 && faker.datatype.boolean({ probability: 0.2 }) ? 500 : 0;
  const roubles = thousands * 1000 + half;
  return faker.datatype.boolean({ probability: 0.3 }) ? `${roubles}.00` : String(roubles);
}

/** A term in days, 5 to 365, as a digit string; the usual terms come most often. */
export function generateTerm(faker: Faker): string {
  const usual = faker.helpers.arrayElement([7, 10, 14, 21, 30, 60, 90, 180, 365]);
  const any = faker.number.int({ min: 5, max: 365 });
  return String(faker.datatype.boolean({ probability: 0.8 }) ? usual : any);
}

/** A daily rate in percent, 0 to 0.8, with `.` or sometimes `,` as the decimal mark. */
export function generatePercent(faker: Faker): string {
  const rate = faker.helpers.arrayElement(['0.8', '0.5', '0.75', '0.3', '0.65', '0.1', '0.25']);
  return faker.datatype.boolean({ probability: 0.2 }) ? rate.replace('.', ',') : rate;
}

/** What the loan is for. */
export function generatePurpose(faker: Faker): string {
  return faker.helpers.arrayElement(PURPOSES);
}

/** A short comment, or `undefined` for the half of clients who leave none. */
export function generateComment(faker: Faker): string | undefined {
  return faker.datatype.boolean() ? faker.helpers.arrayElement(COMMENTS) : undefined;
}
