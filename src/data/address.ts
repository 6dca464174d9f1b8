import type { Faker } from '@faker-js/faker';
import type { Region } from './regions.js';

/** A postal address in the main city of a region. */
export interface Address {
  postcode: string;
  region: string;
  city: string;
  street: string;
  house: string;
  flat?: string;
  /** The address on one line, as a form takes it. */
  text: string;
}

/**
 * An address whose postcode, region and city agree; `flat` is left out for offices
 * (`withFlat: false`).
 */
export function generateAddress(faker: Faker, region: Region, withFlat = true): Address {
  const prefix = faker.helpers.arrayElement(region.postcodePrefixes);
  const postcode = `${prefix}${faker.string.numeric(3)}`;
  const street = faker.location.street();
  const house = String(faker.number.int({ min: 1, max: 180 }));
  const parts = [postcode, region.name, `г. ${region.city}`, street, `д. ${house}`];
  if (region.isFederalCity) parts.splice(2, 1);

  if (!withFlat)
    return {
      postcode,
      region: region.name,
      city: region.city,
      street,
      house,
      text: parts.join(', '),
    };
  const flat = String(faker.number.int({ min: 1, max: 320 }));
  parts.push(`кв. ${flat}`);
  return {
    postcode,
    region: region.name,
    city: region.city,
    street,
    house,
    flat,
    text: parts.join(', '),
  };
}
