import { describe, expect, test } from 'vitest';
import {
  createTestDomain,
  expectJson,
  makeCard,
  makeCreditBody,
  makeInn,
  makeProfileBody,
} from './test-kit.js';

const STEP = 5000;
const DAY = 86_400_000;

/** A manual-clock domain with one client (income 48000) and a way to file and read credits. */
async function setUp(profile: Record<string, unknown> = {}) {
  const domain = await createTestDomain();
  const inn = makeInn(700_000_001);
  expectJson(await domain.call('adduser', { body: makeProfileBody({ inn, ...profile }) }), 201);

  async function file(credit: Record<string, unknown> = {}, prefer?: string): Promise<number> {
    const body = makeCreditBody({ inn, ...credit });
    const headers: Record<string, string> = prefer === undefined ? {} : { prefer };
    const created = expectJson(await domain.call('addcredit', { body, headers }), 201);
    expect(created.status).toBe('new');
    return Number(created.creditid);
  }
  async function read(creditid: number) {
    return expectJson(await domain.call('creditstatus', { query: { creditid } }), 200);
  }
  async function statuses(creditid: number): Promise<string[]> {
    const view = await read(creditid);
    return (view.history as { status: string }[]).map((change) => change.status);
  }
  return { ...domain, inn, file, read, statuses };
}

describe('the credit lifecycle on the manual clock', () => {
  test('moves one step at a time: new, in_review, approved, issued, then overdue after the due date', async () => {
    const { state, file, read, statuses } = await setUp();
    const id = await file({ amount: '15000', term: '14' });

    const seen = [(await read(id)).status];
    for (let step = 0; step < 3; step += 1) {
      state.advanceClock(STEP);
      seen.push((await read(id)).status);
    }
    // Approved on 1 December for 14 days: due on 15 December, the whole of which is the
    // borrower's; overdue from the first instant of 16 December.
    const overdueMs = Date.parse('2026-12-16T00:00:00.000Z');
    state.advanceClock(overdueMs - 1 - state.now().getTime());
    seen.push((await read(id)).status);
    state.advanceClock(1);
    seen.push((await read(id)).status);

    expect(seen).toEqual(['new', 'in_review', 'approved', 'issued', 'issued', 'overdue']);
    expect(await statuses(id)).toEqual(['new', 'in_review', 'approved', 'issued', 'overdue']);
  });

  test('records each status at the instant it was reached', async () => {
    const { state, file, read } = await setUp();
    const id = await file();
    state.advanceClock(STEP * 2);

    const view = await read(id);
    expect(view.history).toEqual([
      { status: 'new', at: '2026-12-01T09:00:00.000Z' },
      { status: 'in_review', at: '2026-12-01T09:00:05.000Z' },
      { status: 'approved', at: '2026-12-01T09:00:10.000Z' },
    ]);
    expect(view.updated_at).toBe('2026-12-01T09:00:10.000Z');
    expect(view.status_label).toBe('Одобрена');
  });

  test('rejects an amount over three incomes, with the reason', async () => {
    const { state, file, read, statuses } = await setUp({ income: 10000 });
    const id = await file({ amount: '30000.01' });
    state.advanceClock(STEP * 10);

    expect(await statuses(id)).toEqual(['new', 'in_review', 'rejected']);
    expect(await read(id)).toMatchObject({
      status: 'rejected',
      reason_code: 'amount_exceeds_income',
      reason: 'Сумма превышает три месячных дохода клиента.',
    });
  });

  test.each([
    { age: 20, bdate: '2005-12-02', outcome: 'rejected' },
    { age: 21, bdate: '2005-12-01', outcome: 'approved' },
    { age: 70, bdate: '1955-12-02', outcome: 'approved' },
    { age: 71, bdate: '1955-12-01', outcome: 'rejected' },
  ])('decides a client aged $age: $outcome', async ({ bdate, outcome }) => {
    const issuedOn = `${Number(bdate.slice(0, 4)) + 20}-12-20`;
    const passport = { issued_by: 'ГУ МВД России по г. Москве', issued_on: issuedOn };
    const { state, file, read } = await setUp({ bdate, passport_who_blank: passport });
    const id = await file({ amount: '1000' });
    state.advanceClock(STEP * 2);

    const view = await read(id);
    expect(view.status).toBe(outcome);
    expect(view.reason_code).toBe(outcome === 'rejected' ? 'age_out_of_range' : undefined);
  });

  test.each([
    { scenario: 'approved', path: ['new', 'in_review', 'approved'] },
    { scenario: 'rejected', path: ['new', 'in_review', 'rejected'] },
    { scenario: 'issued', path: ['new', 'in_review', 'approved', 'issued'] },
    { scenario: 'repaid', path: ['new', 'in_review', 'approved', 'issued', 'repaid'] },
    { scenario: 'overdue', path: ['new', 'in_review', 'approved', 'issued', 'overdue'] },
  ])(
    'Prefer: scenario=$scenario passes every status, one step each',
    async ({ scenario, path }) => {
      const { state, file, statuses } = await setUp({ income: 1000 });
      const id = await file({ amount: '100000' }, `scenario=${scenario}`);

      for (let step = 1; step < path.length; step += 1) {
        state.advanceClock(STEP);
        expect(await statuses(id)).toEqual(path.slice(0, step + 1));
      }
      state.advanceClock(400 * DAY);
      expect(await statuses(id)).toEqual(path);
    },
  );

  test('a rejected scenario carries requested_scenario; an unknown one is ignored', async () => {
    const { state, file, read } = await setUp();
    const asked = await file({}, 'return=minimal, scenario=rejected');
    const unknown = await file({ creditcard_number: makeCard(2) }, 'scenario=lost');
    state.advanceClock(STEP * 2);

    expect(await read(asked)).toMatchObject({
      status: 'rejected',
      reason_code: 'requested_scenario',
    });
    expect((await read(unknown)).status).toBe('approved');
  });
});

describe('setCreditStatus', () => {
  test('walks the valid path to the status, recording each at the current instant', async () => {
    const { state, file, statuses, read } = await setUp();
    const id = await file();

    const result = expectJson(state.setCreditStatus(id, 'repaid'), 200);

    expect(result.status).toBe('repaid');
    expect(await statuses(id)).toEqual(['new', 'in_review', 'approved', 'issued', 'repaid']);
    state.advanceClock(400 * DAY);
    expect((await read(id)).status).toBe('repaid');
  });

  test('records a manual rejection, and starts over from new where no path leads on', async () => {
    const { state, file, statuses, read } = await setUp();
    const issued = await file();
    state.advanceClock(STEP * 3);
    expect((await read(issued)).status).toBe('issued');

    // A fresh credit is rejected by hand before the decision rule has spoken.
    const early = await file();
    state.setCreditStatus(early, 'rejected');
    expect(await read(early)).toMatchObject({ status: 'rejected', reason_code: 'manual' });

    state.setCreditStatus(issued, 'rejected');
    expect(await statuses(issued)).toEqual(['new', 'in_review', 'rejected']);
    expect((await read(issued)).reason_code).toBe('manual');
    state.setCreditStatus(early, 'issued');
    expect(await statuses(early)).toEqual(['new', 'in_review', 'approved', 'issued']);
    expect((await read(early)).reason_code).toBeUndefined();
    state.setCreditStatus(early, 'new');
    expect(await statuses(early)).toEqual(['new']);
  });

  test('moves on by itself from where it was put, as a filed credit does', async () => {
    const { state, file, statuses, read } = await setUp({ income: 10000 });

    // Put back into review: decided by the rule (income 10000 approves 15000) a step later,
    // issued a step after that, overdue the day after its due date.
    const reviewed = await file({ amount: '15000', term: '14' });
    state.advanceClock(STEP * 3);
    state.setCreditStatus(reviewed, 'in_review');
    expect((await read(reviewed)).status).toBe('in_review');
    state.advanceClock(STEP);
    expect((await read(reviewed)).status).toBe('approved');
    state.advanceClock(STEP);
    expect((await read(reviewed)).status).toBe('issued');
    state.advanceClock(16 * DAY);
    expect((await read(reviewed)).status).toBe('overdue');

    // Issued by hand: overdue once its term has passed, never before.
    const issued = await file({ amount: '15000', term: '10' });
    state.setCreditStatus(issued, 'issued');
    state.advanceClock(10 * DAY);
    expect((await read(issued)).status).toBe('issued');
    state.advanceClock(2 * DAY);
    expect(await statuses(issued)).toEqual(['new', 'in_review', 'approved', 'issued', 'overdue']);

    // Back to new, with an amount the rule refuses: rejected for that reason.
    const refused = await file({ amount: '30000.01', term: '14' }, 'scenario=approved');
    state.advanceClock(STEP * 2);
    state.setCreditStatus(refused, 'new');
    state.advanceClock(STEP * 2);
    expect(await read(refused)).toMatchObject({ status: 'rejected' });
    expect((await read(refused)).reason_code).not.toBe('manual');

    // Final statuses stay.
    const repaid = await file();
    state.setCreditStatus(repaid, 'repaid');
    state.advanceClock(400 * DAY);
    expect((await read(repaid)).status).toBe('repaid');
  });

  test('refuses an unknown credit (404) and an unknown status (422)', async () => {
    const { state } = await setUp();

    expect(state.setCreditStatus(9999, 'issued')).toMatchObject({
      kind: 'problem',
      problem: { status: 404 },
    });
    expect(state.setCreditStatus(1, 'lost')).toMatchObject({
      kind: 'problem',
      problem: { status: 422, errors: [{ pointer: '/status', code: 'enum' }] },
    });
  });
});
