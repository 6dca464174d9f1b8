import { describe, expect, test } from 'vitest';
import { findResponseSchemaRef } from '../dated-contract.js';
import {
  createTestDomain,
  expectJson,
  makeCard,
  makeCreditBody,
  makeInn,
  makeProfileBody,
} from '../test-kit.js';

const STEP = 5000;

/** A domain with one client of our own and one approved credit of theirs. */
async function setUp() {
  const domain = await createTestDomain();
  const inn = makeInn(710_000_001);
  const profile = makeProfileBody({ inn });
  expectJson(await domain.call('adduser', { body: profile }), 201);
  const credit = expectJson(await domain.call('addcredit', { body: makeCreditBody({ inn }) }), 201);
  return { ...domain, inn, creditid: Number(credit.creditid) };
}

describe('adduser', () => {
  test('stores the normalised profile with userid, created_at and the actual address', async () => {
    const { contract, call } = await createTestDomain();
    const body = makeProfileBody({ inn: makeInn(720_000_001) });

    const profile = expectJson(await call('adduser', { body }), 201);

    expect(profile).toMatchObject({
      userid: 26,
      created_at: '2026-12-01T09:00:00.000Z',
      passport_series_blank: '4610',
      address_fact: body.address_reg,
    });
    expect(contract.validate(findResponseSchemaRef(contract, 'adduser', 201), profile)).toEqual([]);
  });

  test('refuses a second profile with the same INN: 409 duplicate at /inn', async () => {
    const { call, inn, state } = await setUp();

    const result = await call('adduser', { body: makeProfileBody({ inn, fio: 'Другой Клиент' }) });

    expect(result).toMatchObject({
      kind: 'problem',
      problem: { status: 409, type: 'duplicate', errors: [{ pointer: '/inn', code: 'duplicate' }] },
    });
    expect(state.counts().profiles).toBe(26);
  });
});

describe('addcredit', () => {
  test('answers 201 with the card masked, as the spec says', async () => {
    const { contract, call, inn } = await setUp();
    const card = makeCard(42);

    const body = makeCreditBody({ inn, creditcard_number: card, amount: '1500,5' });
    const credit = expectJson(await call('addcredit', { body }), 201);

    expect(credit).toMatchObject({
      creditid: 52,
      status: 'new',
      status_label: 'Новая',
      amount: '1500.5',
      percent: '0.8',
      creditcard_masked: `${card.slice(0, 6)}******${card.slice(-4)}`,
      card_last4: card.slice(-4),
    });
    expect(JSON.stringify(credit)).not.toContain(card);
    expect(contract.validate(findResponseSchemaRef(contract, 'addcredit', 201), credit)).toEqual(
      [],
    );
  });

  test('refuses an INN with no profile: 422 not_found at /inn', async () => {
    const { call, state } = await createTestDomain();

    const result = await call('addcredit', { body: makeCreditBody({ inn: makeInn(730_000_001) }) });

    expect(result).toMatchObject({
      kind: 'problem',
      problem: {
        status: 422,
        type: 'validation-failed',
        errors: [{ pointer: '/inn', code: 'not_found' }],
      },
    });
    expect(state.counts().credits).toBe(50);
  });
});

describe('creditstatus', () => {
  test('answers the seeded credit 1 as the spec says', async () => {
    const { contract, call } = await createTestDomain();

    const view = expectJson(await call('creditstatus', { query: { creditid: 1 } }), 200);

    expect(view.creditid).toBe(1);
    expect(contract.validate(findResponseSchemaRef(contract, 'creditstatus', 200), view)).toEqual(
      [],
    );
  });

  test('answers 404 not-found for an unknown credit, in both languages', async () => {
    const { call } = await createTestDomain();

    const result = await call('creditstatus', { query: { creditid: 4242 } });

    expect(result).toMatchObject({
      kind: 'problem',
      problem: {
        status: 404,
        type: 'not-found',
        detail: { ru: 'Кредит 4242 не найден.', en: 'Credit 4242 was not found.' },
      },
    });
  });
});

describe('creditdocs', () => {
  test('refuses a foreign INN exactly like an unknown credit', async () => {
    const { call, creditid, state } = await setUp();
    state.setCreditStatus(creditid, 'approved');
    const seededOwner = String((state.listProfiles()[0] as { inn: string }).inn);

    const foreign = await call('creditdocs', { query: { creditid, inn: seededOwner } });
    const unknown = await call('creditdocs', { query: { creditid: 4242, inn: seededOwner } });

    expect(foreign).toMatchObject({ kind: 'problem', problem: { status: 404, type: 'not-found' } });
    expect(unknown).toMatchObject({ kind: 'problem', problem: { status: 404, type: 'not-found' } });
    const strip = (result: unknown) => JSON.stringify(result).replaceAll(String(creditid), 'N');
    expect(strip(foreign)).toBe(strip(unknown).replaceAll('4242', 'N'));
  });

  test.each([
    { status: 'new', advance: 0 },
    { status: 'in_review', advance: STEP },
  ])('is 409 contract-not-ready while the credit is $status', async ({ status, advance }) => {
    const { call, creditid, inn, state } = await setUp();
    state.advanceClock(advance);

    const result = await call('creditdocs', { query: { creditid, inn } });

    expect(result).toMatchObject({
      kind: 'problem',
      problem: { status: 409, type: 'contract-not-ready', extensions: { current_status: status } },
    });
  });

  test('is 409 after a rejection', async () => {
    const { call, creditid, inn, state } = await setUp();
    state.setCreditStatus(creditid, 'rejected');

    const result = await call('creditdocs', { query: { creditid, inn } });

    expect(result).toMatchObject({
      kind: 'problem',
      problem: { status: 409, extensions: { current_status: 'rejected' } },
    });
  });

  test('answers the contract as JSON once approved, dated on the approval day', async () => {
    const { contract, call, creditid, inn, state } = await setUp();
    state.advanceClock(STEP * 3);

    const document = expectJson(await call('creditdocs', { query: { creditid, inn } }), 200);

    expect(document).toMatchObject({
      creditid,
      status: 'issued',
      contract_date: '2026-12-01',
      amount: '15000.00',
      borrower: { inn, passport_series: '4610' },
    });
    expect(contract.validate(findResponseSchemaRef(contract, 'creditdocs', 200), document)).toEqual(
      [],
    );
  });

  test('answers a PDF when the core chose application/pdf', async () => {
    const { call, creditid, inn, state } = await setUp();
    state.setCreditStatus(creditid, 'approved');

    const result = await call('creditdocs', {
      query: { creditid, inn },
      responseMediaType: 'application/pdf',
    });

    expect(result.kind).toBe('binary');
    if (result.kind !== 'binary') return;
    expect(result.contentType).toBe('application/pdf');
    expect(Buffer.from(result.body.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
