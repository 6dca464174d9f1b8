import type { Faker } from '@faker-js/faker';
import {
  generateAmount,
  generateComment,
  generatePercent,
  generatePurpose,
  generateTerm,
} from './credit.js';
import type { Persona } from './persona.js';

/** What a named generator reads: the person described, and the entity's random stream. */
export interface GeneratorInput {
  persona: Persona;
  faker: Faker;
}

/**
 * A named generator. `undefined` means the person has no such value (no home phone, no
 * employer): an optional field is then left out.
 */
export type NamedGenerator = (input: GeneratorInput) => unknown;

/** Named generators by the name `x-microf1-generate` gives. */
export type GeneratorRegistry = Readonly<Record<string, NamedGenerator>>;

/**
 * The generators the spec names, each reading one coherent persona so that a profile's fields
 * agree (one region, one sex, one birth date behind the passport).
 */
export const GENERATORS: GeneratorRegistry = {
  'person.inn': ({ persona }) => persona.inn,
  'person.fio': ({ persona }) => persona.name.full,
  'person.bdate': ({ persona }) => persona.birthDate,
  'passport.view': ({ persona }) => persona.passport.view,
  'passport.series': ({ persona, faker }) => writeSeries(persona.passport.series, faker),
  'passport.number': ({ persona }) => persona.passport.number,
  'passport.issued_by': ({ persona }) => persona.passport.issuedBy,
  'passport.issued_on': ({ persona }) => persona.passport.issuedOn,
  'passport.division_code': ({ persona }) => persona.passport.divisionCode,
  'address.registration': ({ persona }) => persona.registrationAddress.text,
  'address.actual': ({ persona }) => persona.actualAddress.text,
  'phone.mobile': ({ persona }) => persona.mobilePhone,
  'phone.home': ({ persona }) => persona.homePhone,
  'work.name': ({ persona }) => persona.work.employer?.name,
  'work.phone': ({ persona }) => persona.work.employer?.phone,
  'work.address_actual': ({ persona }) => persona.work.employer?.actualAddress.text,
  'work.address_legal': ({ persona }) => persona.work.employer?.legalAddress.text,
  'work.post': ({ persona }) => persona.work.post,
  'work.experience_months': ({ persona }) => persona.work.employer?.experienceMonths,
  'contact.phone': ({ persona }) => persona.contact?.phone,
  'contact.name': ({ persona }) => persona.contact?.name,
  'income.monthly': ({ persona }) => persona.income.monthly,
  'income.other': ({ persona }) => persona.income.other?.amount,
  'income.other_source': ({ persona }) => persona.income.other?.source,
  'family.status': ({ persona }) => persona.family.status,
  'family.children': ({ persona }) => persona.family.children,
  'credit.amount': ({ faker }) => generateAmount(faker),
  'credit.term': ({ faker }) => generateTerm(faker),
  'credit.percent': ({ faker }) => generatePercent(faker),
  'credit.comment': ({ faker }) => generateComment(faker),
  'credit.card_number': ({ persona }) => persona.cardNumber,
  'credit.purpose': ({ faker }) => generatePurpose(faker),
};

/** A passport series as people write it: `4512`, or now and then `45 12`. */
function writeSeries(series: string, faker: Faker): string {
  if (!faker.datatype.boolean({ probability: 0.2 })) return series;
  return `${series.slice(0, 2)} ${series.slice(2)}`;
}
