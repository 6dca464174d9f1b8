import { describe, expect, test } from 'vitest';
import { CREDIT_STATUSES, findStatusPath, STATUS_LABELS } from './statuses.js';
import { loadTestContract } from './test-kit.js';

describe('credit statuses', () => {
  test('match the spec: the enum, in order, and the Russian labels', async () => {
    const contract = await loadTestContract();
    const schemas = contract.document.components?.schemas ?? {};
    const codes = schemas.CreditStatusCode as { enum: string[]; 'x-enum-descriptions': string[] };

    expect(CREDIT_STATUSES).toEqual(codes.enum);
    expect(CREDIT_STATUSES.map((status) => STATUS_LABELS[status].ru)).toEqual(
      codes['x-enum-descriptions'],
    );
  });

  test.each([
    { from: 'new', to: 'issued', path: ['in_review', 'approved', 'issued'] },
    { from: 'in_review', to: 'rejected', path: ['rejected'] },
    { from: 'approved', to: 'overdue', path: ['issued', 'overdue'] },
    { from: 'issued', to: 'issued', path: [] },
    { from: 'rejected', to: 'issued', path: undefined },
    { from: 'repaid', to: 'new', path: undefined },
  ] as const)('findStatusPath $from -> $to', ({ from, to, path }) => {
    expect(findStatusPath(from, to)).toEqual(path);
  });
});
