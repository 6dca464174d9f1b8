import { computeInn10CheckDigit } from '../../../src/rules/inn.js';
import { computeLuhnCheckDigit } from '../../../src/rules/luhn.js';

let serial = 0;

/** A fresh 10-digit INN with a valid check digit, different on each call. */
export function createInn(): string {
  serial += 1;
  const firstNine = `77${String(100_000 + serial * 7919)
    .padStart(7, '0')
    .slice(-7)}`;
  return `${firstNine}${computeInn10CheckDigit(firstNine)}`;
}

/** A 16-digit card number with a valid Luhn check digit. */
export function createCard(prefix = '220220123456789'): string {
  return `${prefix}${computeLuhnCheckDigit(prefix)}`;
}

/** A complete, valid `adduser` body for a client aged about 36 on the manual clock. */
export function createProfileBody(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    inn: createInn(),
    fio: 'Смирнова Ольга Петровна',
    bdate: '1990-11-02',
    passport_view: '21',
    passport_series_blank: '46 10',
    passport_number_blank: '004512',
    passport_who_blank: {
      issued_by: 'ГУ МВД России по Московской области',
      issued_on: '2010-11-20',
    },
    address_reg: '141002, Московская область, г. Мытищи, ул. Мира, д. 12, кв. 7',
    mobile_phone: '9031234567',
    work_post: 'office_employee',
    income: 48000,
    family_status: 'single',
    children: '0',
    ...overrides,
  };
}

/** A valid `addcredit` body for a client. */
export function createCreditBody(inn: string, overrides: Record<string, unknown> = {}) {
  return {
    inn,
    amount: '15000',
    term: '14',
    percent: '0,5',
    creditcard_number: createCard(),
    purpose: 'Покупка бытовой техники',
    ...overrides,
  };
}
