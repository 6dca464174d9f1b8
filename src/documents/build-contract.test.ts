import { describe, expect, it } from 'vitest';
import { compileContract } from '../spec/compile.js';
import { loadSpec } from '../spec/load.js';
import { isValidInn10 as isInnValid } from '../rules/inn.js';
import { buildContract } from './build-contract.js';
import type { ContractDocument, ContractInput } from './contract-types.js';
import { parseKopecks } from './decimal.js';
import { CONTRACT_INPUT } from './test-kit.js';

const INPUT: ContractInput = CONTRACT_INPUT;

function sumKopecks(values: readonly string[]): bigint {
  return values.reduce((sum, value) => sum + (parseKopecks(value) ?? 0n), 0n);
}

/** The invariants every schedule keeps, whatever its terms. */
function expectConsistentSchedule(contract: ContractDocument): void {
  const { schedule } = contract;
  expect(sumKopecks(schedule.map((payment) => payment.principal))).toBe(
    parseKopecks(contract.amount),
  );
  expect(sumKopecks(schedule.map((payment) => payment.interest))).toBe(
    parseKopecks(contract.full_cost.amount_rub),
  );
  for (const payment of schedule) {
    expect(parseKopecks(payment.total)).toBe(
      (parseKopecks(payment.principal) ?? 0n) + (parseKopecks(payment.interest) ?? 0n),
    );
  }
  expect(schedule.map((payment) => payment.number)).toEqual(schedule.map((_, index) => index + 1));
}

describe('buildContract', () => {
  it.each([
    { term: '5', dueDates: ['2026-03-06'], interest: ['600.00'], fullCost: '600.00' },
    { term: '30', dueDates: ['2026-03-31'], interest: ['3600.00'], fullCost: '3600.00' },
    {
      term: '31',
      dueDates: ['2026-03-15', '2026-03-29', '2026-04-01'],
      interest: ['1680.00', '1120.00', '120.00'],
      fullCost: '2920.00',
    },
    {
      term: '100',
      dueDates: [
        ...['2026-03-15', '2026-03-29', '2026-04-12', '2026-04-26'],
        ...['2026-05-10', '2026-05-24', '2026-06-07', '2026-06-09'],
      ],
      interest: [
        ...['1680.00', '1470.00', '1260.00', '1050.00'],
        ...['840.00', '630.00', '420.00', '30.00'],
      ],
      fullCost: '7380.00',
    },
  ])('schedules a $term-day loan', ({ term, dueDates, interest, fullCost }) => {
    const contract = buildContract({ ...INPUT, term });

    expect(contract.term_days).toBe(Number(term));
    expect(contract.schedule.map((payment) => payment.due_date)).toEqual(dueDates);
    expect(contract.schedule.map((payment) => payment.interest)).toEqual(interest);
    expect(contract.full_cost).toEqual({ percent_per_year: '292.000', amount_rub: fullCost });
    expectConsistentSchedule(contract);
  });

  it('stops interest at 130% of the amount on a 365-day loan', () => {
    const contract = buildContract({ ...INPUT, term: '365' });

    expect(contract.schedule).toHaveLength(27);
    expect(contract.schedule.at(-1)?.due_date).toBe('2027-03-01');
    expect(contract.full_cost.amount_rub).toBe('19500.00');
    expect(contract.schedule.at(-1)?.interest).toBe('0.00');
    expectConsistentSchedule(contract);
  });

  it('accrues interest on a 365-day loan below the cap in full', () => {
    const contract = buildContract({ ...INPUT, term: '365', percent: '0.1' });

    expect(contract.full_cost.percent_per_year).toBe('36.500');
    expect(contract.schedule.at(-1)?.interest).toBe('0.56');
    expectConsistentSchedule(contract);
  });

  it('puts the rounding remainder of principal and interest in the right places', () => {
    const contract = buildContract({ ...INPUT, amount: '1000.01', term: '45', percent: '0,333' });

    expect(contract.amount).toBe('1000.01');
    expect(contract.percent_per_day).toBe('0.333');
    expect(contract.full_cost.percent_per_year).toBe('121.545');
    expect(contract.schedule.map((payment) => payment.principal)).toEqual([
      '250.00',
      '250.00',
      '250.00',
      '250.01',
    ]);
    // 1000.01 * 0.333% * 14 = 46.6204662 and 750.01 * 0.333% * 14 = 34.9654662.
    expect(contract.schedule.slice(0, 2).map((payment) => payment.interest)).toEqual([
      '46.62',
      '34.97',
    ]);
    expectConsistentSchedule(contract);
  });

  it.each([
    ['2026-03-01T23:30:00-05:00', 7, '2026-03-02', 'MF1-2026-000007'],
    ['2026-12-31T22:00:00Z', 42, '2026-12-31', 'MF1-2026-000042'],
    ['2027-01-01T01:00:00+03:00', 1234567, '2026-12-31', 'MF1-2026-1234567'],
  ])('dates approval %s in UTC', (approvedAt, creditid, date, number) => {
    const contract = buildContract({ ...INPUT, approved_at: approvedAt, creditid });

    expect(contract.contract_date).toBe(date);
    expect(contract.contract_number).toBe(number);
  });

  it('crosses month, year and leap days', () => {
    const leap = buildContract({ ...INPUT, approved_at: '2028-02-27T09:00:00Z', term: '5' });
    const newYear = buildContract({ ...INPUT, approved_at: '2026-12-31T09:00:00Z', term: '5' });

    expect(leap.schedule[0]?.due_date).toBe('2028-03-03');
    expect(newYear.schedule[0]?.due_date).toBe('2027-01-05');
  });

  it('names the parties, the card and the status', () => {
    const contract = buildContract({ ...INPUT, status: 'issued' });

    expect(contract.status).toBe('issued');
    expect(buildContract(INPUT).status).toBe('approved');
    expect(isInnValid(contract.lender.inn)).toBe(true);
    expect(contract.lender.ogrn).toMatch(/^\d{13}$/);
    expect(contract.borrower).toEqual({
      fio: 'Смирнова Анна Игоревна',
      inn: '7704012340',
      bdate: '1990-05-17',
      passport_series: '4512',
      passport_number: '654321',
      address_reg: '119019, г. Москва, ул. Арбат, д. 10, кв. 5',
      mobile_phone: '9031234567',
    });
    expect(contract.creditcard_masked).toBe('220220******5899');
    expect(contract.card_last4).toBe('5899');
  });

  it('lists the individual conditions in Russian, numbered', () => {
    const contract = buildContract({ ...INPUT, purpose: 'ремонт автомобиля' });
    const byName = new Map(contract.conditions.map((row) => [row.name, row.value]));

    expect(contract.conditions.map((row) => row.number)).toEqual(
      contract.conditions.map((_, index) => index + 1),
    );
    expect(byName.get('Сумма кредита (займа)')).toBe('15 000,00 руб.');
    expect(byName.get('Валюта, в которой предоставляется кредит (заем)')).toBe('Российский рубль');
    expect(byName.get('Процентная ставка')).toBe('0,8 % в день (292,000 % годовых)');
    expect(byName.get('Количество, размер и периодичность (сроки) платежей')).toBe(
      'Один платёж в размере 18 600,00 руб. 31.03.2026',
    );
    expect(byName.get('Цели использования заемщиком кредита (займа)')).toBe('ремонт автомобиля');
    expect(byName.get('Способ предоставления займа')).toContain('220220******5899');
  });

  it('is deterministic', () => {
    expect(buildContract({ ...INPUT, term: '100' })).toEqual(
      buildContract({ ...INPUT, term: '100' }),
    );
  });

  it.each([
    ['amount', { amount: 'много' }],
    ['term', { term: '0' }],
    ['percent', { percent: '-1' }],
    ['approval time', { approved_at: 'вчера' }],
  ])('refuses an input the store cannot hold: %s', (what, change) => {
    expect(() => buildContract({ ...INPUT, ...change })).toThrow(new RegExp(what));
  });

  it.each(['5', '30', '31', '100', '365'])(
    'conforms to the Contract schema of the spec (%s days)',
    async (term) => {
      const loaded = await loadSpec();
      if (!loaded.ok) throw new Error(loaded.error);
      const spec = compileContract(loaded.document);

      const violations = spec.validate(
        '#/components/schemas/Contract',
        buildContract({ ...INPUT, term }),
      );

      expect(violations).toEqual([]);
    },
  );
});
