import type { ContractInput } from './contract-types.js';

/** A contract input for tests: a 30-day loan of 15 000 roubles at 0.8% a day. */
export const CONTRACT_INPUT: ContractInput = {
  creditid: 1,
  amount: '15000',
  term: '30',
  percent: '0.8',
  creditcard_masked: '220220******5899',
  card_last4: '5899',
  approved_at: '2026-03-01T10:15:00Z',
  borrower: {
    fio: 'Смирнова Анна Игоревна',
    inn: '7704012340',
    bdate: '1990-05-17',
    passport_series_blank: '4512',
    passport_number_blank: '654321',
    address_reg: '119019, г. Москва, ул. Арбат, д. 10, кв. 5',
    mobile_phone: '9031234567',
  },
};
