import { computeInn10CheckDigit } from '../../../src/rules/inn.js';
import { makeProfileBody } from '../../../src/mock/state/test-kit.js';
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
  return makeProfileBody({ inn: createInn(), ...overrides });
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
