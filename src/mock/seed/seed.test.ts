import { describe, expect, test } from 'vitest';
import { CREDIT_STATUSES, createMockState } from '../state/index.js';
import { shiftFixtures } from '../state/shift-fixtures.js';
import { createTestDomain, loadTestContract } from '../state/test-kit.js';

describe('the seeded data', () => {
  test('holds 25 profiles and 50 credits, credit 1 among them, covering every status', async () => {
    const { state } = await createTestDomain();

    const credits = state.listCredits() as { creditid: number; status: string }[];
    expect(state.counts()).toEqual({ profiles: 25, credits: 50 });
    expect(credits[0]?.creditid).toBe(1);
    expect(new Set(credits.map((credit) => credit.status))).toEqual(new Set(CREDIT_STATUSES));
  });

  test('is the same for the same seed, and differs for another', async () => {
    const contract = await loadTestContract();

    const first = createMockState({ contract, seed: 1, clock: 'manual' }).snapshot();
    const second = createMockState({ contract, seed: 1, clock: 'manual' }).snapshot();
    const other = createMockState({ contract, seed: 2, clock: 'manual' }).snapshot();

    expect(second).toEqual(first);
    expect(other.profiles).not.toEqual(first.profiles);
  });

  test('reads the same on the real clock, every instant placed relative to its start', async () => {
    const contract = await loadTestContract();

    const real = createMockState({ contract, seed: 1, clock: 'real' }).snapshot();
    const manual = createMockState({ contract, seed: 1, clock: 'manual' }).snapshot();

    expect(Math.abs(Date.parse(real.clock_start) - Date.now())).toBeLessThan(60_000);
    expect(real).toEqual(shiftFixtures(manual, new Date(real.clock_start)));
  });

  test('goes on living after the start: waiting credits are decided, issued loans fall due', async () => {
    const contract = await loadTestContract();
    const state = createMockState({ contract, seed: 1, clock: 'manual' });
    const statuses = () =>
      (state.listCredits() as { creditid: number; status: string }[]).map((c) => c.status);
    const before = statuses();

    state.advanceClock(60_000);
    const decided = statuses();
    expect(decided.filter((status) => status === 'new' || status === 'in_review')).toEqual([]);
    expect(decided.filter((status) => status === 'approved')).toEqual([]);

    state.advanceClock(400 * 86_400_000);
    const later = statuses();
    expect(later.filter((status) => status === 'issued' || status === 'approved')).toEqual([]);
    before.forEach((status, index) => {
      if (status === 'issued') expect(later[index]).toBe('overdue');
      if (status === 'repaid' || status === 'rejected') expect(later[index]).toBe(status);
    });
  });

  test('matches the spec: every profile a Profile, every credit a CreditStatus', async () => {
    const { contract, state } = await createTestDomain();

    for (const profile of state.listProfiles()) {
      expect(contract.validate('#/components/schemas/Profile', profile)).toEqual([]);
    }
    for (const credit of state.listCredits() as Record<string, unknown>[]) {
      const { inn: _inn, amount: _a, term: _t, percent: _p, ...status } = credit;
      expect(contract.validate('#/components/schemas/CreditStatus', status)).toEqual([]);
    }
  });

  test('rejections follow the decision rule unless marked manual', async () => {
    const { state } = await createTestDomain();
    const profiles = new Map(
      (state.listProfiles() as { inn: string; income: number; other_income?: number }[]).map(
        (profile) => [profile.inn, (profile.income + (profile.other_income ?? 0)) * 3],
      ),
    );

    const credits = state.listCredits() as { inn: string; amount: string; reason_code?: string }[];
    for (const credit of credits) {
      const limit = profiles.get(credit.inn) ?? 0;
      if (credit.reason_code === 'amount_exceeds_income') {
        expect(Number(credit.amount)).toBeGreaterThan(limit);
      }
    }
    expect(credits.some((credit) => credit.reason_code === 'amount_exceeds_income')).toBe(true);
  });
});
