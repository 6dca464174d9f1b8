import type { Faker } from '@faker-js/faker';
import { getAgeInYears, getAnniversary } from '../rules/age.js';
import { addDays, type CalendarDate, compareDates, formatIsoDate } from '../rules/iso-date.js';
import type { Region } from './regions.js';

/** An internal passport of the Russian Federation. */
export interface Passport {
  /** Identity document code; `21` is the internal passport. */
  view: string;
  /** Four digits: the region's OKATO code and the last two digits of the issue year. */
  series: string;
  number: string;
  issuedBy: string;
  /** `YYYY-MM-DD`. */
  issuedOn: string;
  /** `NNN-NNN`: the subject code, the level of the office, the office. */
  divisionCode: string;
}

/** The day the migration service passed to the Ministry of the Interior (Decree 156). */
const MIGRATION_REFORM: CalendarDate = { year: 2016, month: 6, day: 1 };

const DISTRICTS = ['Центральном', 'Ленинском', 'Октябрьском', 'Кировском', 'Советском'];

/**
 * The passport a person holds on `reference`: issued at 14 and replaced at 20 and 45, within
 * the first weeks after that birthday and never after `reference`; series, issuer and division
 * code agree with the region and the year of issue.
 */
export function generatePassport(
  faker: Faker,
  region: Region,
  birth: CalendarDate,
  reference: CalendarDate,
): Passport {
  const age = getAgeInYears(birth, reference);
  const issueAge = age >= 45 ? 45 : age >= 20 ? 20 : 14;
  const earliest = getAnniversary(birth, issueAge);
  const proposed = addDays(earliest, faker.number.int({ min: 0, max: 60 }));
  const issued = compareDates(proposed, reference) > 0 ? reference : proposed;

  const year = String(issued.year % 100).padStart(2, '0');
  const level = faker.helpers.arrayElement(['0', '1', '2']);
  return {
    view: faker.helpers.weightedArrayElement(VIEW_WEIGHTS),
    series: `${region.okato}${year}`,
    number: faker.string.numeric(6),
    issuedBy: describeIssuer(faker, region, issued),
    issuedOn: formatIsoDate(issued),
    divisionCode: `${region.subjectCode}${level}-${faker.string.numeric(3)}`,
  };
}

/** Most people present the internal passport. */
const VIEW_WEIGHTS = [
  { weight: 90, value: '21' },
  { weight: 3, value: '22' },
  { weight: 2, value: '14' },
  { weight: 2, value: '10' },
  { weight: 2, value: '12' },
  { weight: 1, value: '91' },
];

/** The issuing office as printed: the migration service before mid-2016, the police after. */
function describeIssuer(faker: Faker, region: Region, issued: CalendarDate): string {
  if (compareDates(issued, MIGRATION_REFORM) >= 0) {
    return `ГУ МВД России по ${region.dative}`;
  }
  const office = `Отделом УФМС России по ${region.dative}`;
  if (faker.datatype.boolean()) return office;
  const district = faker.helpers.arrayElement(DISTRICTS);
  return `${office} в ${district} р-не г. ${region.cityGenitive}`;
}
