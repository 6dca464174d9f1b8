import { describe, expect, test } from 'vitest';
import { decideCredit } from './decision.js';

const DAY = '2026-12-01';
const base = { amount: '30000', income: 10000, otherIncome: 0, birthDate: '1990-01-01' };

describe('decideCredit', () => {
  test.each([
    { case: 'exactly 3x the income', amount: '30000', income: 10000, other: 0, approved: true },
    {
      case: 'with decimals, exactly 3x',
      amount: '30000.00',
      income: 10000,
      other: 0,
      approved: true,
    },
    { case: 'one kopeck over 3x', amount: '30000.01', income: 10000, other: 0, approved: false },
    { case: 'other income counted', amount: '45000', income: 10000, other: 5000, approved: true },
    {
      case: 'over 3x with other income',
      amount: '45001',
      income: 10000,
      other: 5000,
      approved: false,
    },
  ])('amount: $case', ({ amount, income, other, approved }) => {
    const decision = decideCredit({
      ...base,
      amount,
      income,
      otherIncome: other,
      decisionDay: DAY,
    });

    expect(decision.outcome).toBe(approved ? 'approved' : 'rejected');
    if (decision.outcome === 'rejected') {
      expect(decision.rejection.code).toBe('amount_exceeds_income');
      expect(decision.rejection.reason.ru).toMatch(/дохода/);
    }
  });

  test.each([
    { age: 20, birthDate: '2005-12-02', approved: false },
    { age: 21, birthDate: '2005-12-01', approved: true },
    { age: 70, birthDate: '1955-12-02', approved: true },
    { age: 71, birthDate: '1955-12-01', approved: false },
  ])('age $age on the decision day', ({ birthDate, approved }) => {
    const decision = decideCredit({ ...base, birthDate, decisionDay: DAY });

    expect(decision.outcome).toBe(approved ? 'approved' : 'rejected');
    if (decision.outcome === 'rejected') {
      expect(decision.rejection.code).toBe('age_out_of_range');
    }
  });

  test('checks the age before the amount', () => {
    const decision = decideCredit({
      ...base,
      amount: '90000',
      birthDate: '2010-01-01',
      decisionDay: DAY,
    });

    expect(decision).toMatchObject({
      outcome: 'rejected',
      rejection: { code: 'age_out_of_range' },
    });
  });
});
