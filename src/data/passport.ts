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
 * The passport a person holds on `validOn`: issued at 14 and replaced at 20 and 45, within
 * the first weeks after that birthday and never after `validOn`; series, issuer and division
 * code agree with the region and the year of issue.
 */
export function generatePassport(
  faker: Faker,
  region: Region,
  birth: CalendarDate,
  validOn: CalendarDate,
): Passport {
  const age = getAgeInYears(birth, validOn);
  const issueAge = age >= 45 ? 45 : age >= 20 ? 20 : 14;
  const earliest = getAnniversary(birth, issueAge);
  const proposed = addDays(earliest, faker.number.int({ min: 0, max: 60 }));
  const issued = compareDates(proposed, validOn) > 0 ? validOn : proposed;

  const year = String(issued.year % 100).padStart(2, '0');
  const level = faker.helpers.arrayElement(['0', '1', '2']);
  return {
    view: drawInternalPassport(faker),
    series: `${region.okato}${year}`,
    number: faker.string.numeric(6),
    issuedBy: describeIssuer(faker, region, issued),
    issuedOn: formatIsoDate(issued),
    divisionCode: `${region.subjectCode}${level}-${faker.string.numeric(3)}`,
  };
}

/**
 * The kind of document: always the internal passport (21), the one document whose series is the
 * region's code and the year of issue and which has a division code, as the data here has. One
 * number is still drawn where a kind used to be drawn at random, so that every value generated
 * after it stays what it was for the same seed.
 */
function drawInternalPassport(faker: Faker): string {
  faker.number.float();
  return '21';
}

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
