import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTypes, TYPES_FILE } from '../../scripts/generate-types.js';
import type { components } from '../../src/generated/microf1.js';

describe('the TypeScript types generated from the spec', () => {
  it('are up to date with the spec (run npm run types:generate when this fails)', async () => {
    const committed = await readFile(TYPES_FILE, 'utf8');
    expect(committed === (await renderTypes()), 'src/generated/microf1.d.ts is stale').toBe(true);
  });

  it('describe the contract closely enough to type a request', () => {
    const application: components['schemas']['AddCreditRequest'] = {
      inn: '7704012340',
      amount: '15000',
      term: '14',
      percent: '0.8',
      creditcard_number: '2202201234565899',
      purpose: 'Покупка бытовой техники',
    };
    const status: components['schemas']['CreditStatusCode'] = 'in_review';
    expect([application.inn, status]).toEqual(['7704012340', 'in_review']);
  });
});
