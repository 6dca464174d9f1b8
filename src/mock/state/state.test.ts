import { describe, expect, test } from 'vitest';
import { checkFixtures } from './check-fixtures.js';
import { createMockState } from './create-mock-state.js';
import type { MockFixtures } from './fixtures.js';
import {
  createTestDomain,
  expectJson,
  loadTestContract,
  makeCard,
  makeCreditBody,
  makeInn,
  makeProfileBody,
} from './test-kit.js';

describe('createMockState', () => {
  test('after reset equals a fresh state, the manual clock back at its start', async () => {
    const { state, call, contract } = await createTestDomain();
    const fresh = createMockState({ contract, clock: 'manual' }).snapshot();
    const inn = makeInn(740_000_001);
    await call('adduser', { body: makeProfileBody({ inn }) });
    await call('addcredit', { body: makeCreditBody({ inn }) });
    state.setCreditStatus(1, 'overdue');
    state.advanceClock(60_000);

    state.reset();

    expect(state.snapshot()).toEqual(fresh);
    expect(state.now().toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(state.today()).toBe('2026-12-01');
  });

  test('never stores a card number whole', async () => {
    const { state, call } = await createTestDomain();
    const inn = makeInn(750_000_001);
    const card = makeCard(777);
    await call('adduser', { body: makeProfileBody({ inn }) });
    expectJson(
      await call('addcredit', { body: makeCreditBody({ inn, creditcard_number: card }) }),
      201,
    );

    const everything = JSON.stringify([
      state.snapshot(),
      state.listCredits(),
      state.listProfiles(),
    ]);

    expect(everything).toContain(card.slice(-4));
    expect(everything).not.toContain(card);
    expect(everything).not.toMatch(/\d{16}/);
  });

  test('advances the real clock on top of the system time, and a reset takes the move back', async () => {
    const contract = await loadTestContract();
    const state = createMockState({ contract, clock: 'real' });
    const hour = 3_600_000;

    state.advanceClock(hour);
    expect(state.now().getTime() - Date.now()).toBeGreaterThan(hour - 1000);
    state.reset();
    expect(Math.abs(state.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  test('starts from loaded fixtures, the manual clock at their start', async () => {
    const contract = await loadTestContract();
    const data = { ...createMockState({ contract, seed: 3, clock: 'manual' }).snapshot() };
    const loaded = createMockState({
      contract,
      clock: 'manual',
      data: { ...data, clock_start: '2027-01-01T00:00:00.000Z' },
    });

    expect(loaded.listProfiles()).toEqual(data.profiles);
    expect(loaded.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

/** The parts of parsed fixtures the cases below spoil. */
interface EditableData {
  profiles: Record<string, unknown>[];
  credits: { application: Record<string, unknown>; history: unknown[] }[];
  counters?: unknown;
}

function nth<Item>(list: readonly Item[], index: number): Item {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe('checkFixtures', () => {
  test('accepts a snapshot', async () => {
    const contract = await loadTestContract();
    const snapshot = createMockState({ contract, clock: 'manual' }).snapshot();

    expect(checkFixtures(JSON.parse(JSON.stringify(snapshot)), contract).ok).toBe(true);
  });

  test.each([
    { case: 'not fixtures', edit: () => ({ hello: 'world' }), error: /not a MicroF1 fixtures/ },
    {
      case: 'a full card number',
      edit: (data: EditableData) => {
        nth(data.credits, 0).application.creditcard_number = makeCard(5);
      },
      error: /credits\[0\]\.application\/creditcard_number: unknown_field/,
    },
    {
      case: 'a profile that breaks the spec',
      edit: (data: EditableData) => {
        nth(data.profiles, 1).inn = '123';
      },
      error: /profiles\[1\]\/inn/,
    },
    {
      case: 'a credit of no profile',
      edit: (data: EditableData) => {
        nth(data.credits, 2).application.inn = makeInn(760_000_001);
      },
      error: /credits\[2\]: no profile/,
    },
    {
      case: 'an unknown status',
      edit: (data: EditableData) => {
        nth(data.credits, 3).history.push({ status: 'lost', at: '2025-01-01T00:00:00Z' });
      },
      error: /credits\[3\]\.history\[\d\]/,
    },
    {
      case: 'no counters',
      edit: (data: EditableData) => {
        data.counters = undefined;
      },
      error: /counters/,
    },
  ])('refuses $case', async ({ edit, error }) => {
    const contract = await loadTestContract();
    const snapshot = createMockState({ contract, clock: 'manual' }).snapshot();
    const data = JSON.parse(JSON.stringify(snapshot)) as EditableData;
    const edited = (edit(data) ?? data) as unknown as MockFixtures;

    const check = checkFixtures(edited, contract);

    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.join('\n')).toMatch(error);
    expect(() => createMockState({ contract, data: edited })).toThrow(/Failed to load/);
  });
});
