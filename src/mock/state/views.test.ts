import { describe, expect, test } from 'vitest';
import type { CreditRecord } from './records.js';
import { createCreditStatusReader } from './views.js';

const credit: CreditRecord = {
  application: { creditid: 7 },
  history: [{ status: 'new', at: '2026-12-01T09:00:00.000Z' }],
  planned: [
    { status: 'in_review', at: '2026-12-01T09:00:05.000Z' },
    { status: 'approved', at: '2026-12-01T09:00:10.000Z' },
  ],
};

const at = (time: string) => new Date(`2026-12-01T${time}Z`);

describe('createCreditStatusReader', () => {
  test('gives back the same frozen view while no planned status is reached', () => {
    const read = createCreditStatusReader();
    const first = read(credit, at('09:00:01.000'));
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.status).toBe('new');
    expect(read(credit, at('09:00:04.999'))).toBe(first);
  });

  test('builds a new view once a planned status is reached, and again after the last', () => {
    const read = createCreditStatusReader();
    const before = read(credit, at('09:00:01.000'));
    const reviewing = read(credit, at('09:00:05.000'));
    expect(reviewing).not.toBe(before);
    expect(reviewing.status).toBe('in_review');
    expect(read(credit, at('09:00:09.999'))).toBe(reviewing);

    const approved = read(credit, at('09:00:10.000'));
    expect(approved.status).toBe('approved');
    expect(read(credit, at('09:30:00.000'))).toBe(approved);
  });

  test('does not give a later view for an earlier instant', () => {
    const read = createCreditStatusReader();
    expect(read(credit, at('09:00:07.000')).status).toBe('in_review');
    expect(read(credit, at('09:00:01.000')).status).toBe('new');
  });

  test('a new record of the same credit gets its own view', () => {
    const read = createCreditStatusReader();
    const first = read(credit, at('09:00:01.000'));
    const moved: CreditRecord = { ...credit, history: [...credit.history], planned: [] };
    const second = read(moved, at('09:00:01.000'));
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });
});
