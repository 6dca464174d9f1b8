/**
 * The lender of every contract: a fictional microfinance company registered in Moscow. Its INN
 * and OGRN carry valid check digits; it is not a real organisation.
 */

import type { ContractParty } from './contract-types.js';

/** The lender, as every contract names it. */
export const LENDER: Readonly<ContractParty> = Object.freeze({
  name: 'ООО МФК «МикроФ1»',
  inn: '7709123453',
  ogrn: '1217700123453',
  address: '105064, г. Москва, ул. Земляной Вал, д. 1, офис 101',
  registry_number: '2110177000999',
});

/** The city where contracts are signed. */
export const CONTRACT_CITY = 'г. Москва';
