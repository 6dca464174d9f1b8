import { describe, expect, it } from 'vitest';
import { listMutations } from './mutations.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['inn', 'income'],
  dependentRequired: { work_name: ['work_phone'] },
  properties: {
    inn: { type: 'string', pattern: '^\\d{10}$', format: 'ru-inn-10' },
    income: { type: 'integer', minimum: 100, maximum: 99999 },
    kind: { type: 'string', enum: ['a', 'b'] },
    work_name: { type: 'string', minLength: 1, maxLength: 5 },
    work_phone: { type: 'string', pattern: '^\\d{10}$' },
    passport: {
      type: 'object',
      required: ['issued_on'],
      properties: { issued_on: { type: 'string', format: 'date' } },
    },
  },
};
const valid = {
  inn: '7704012340',
  income: 500,
  kind: 'a',
  work_name: 'ООО',
  work_phone: '4951234567',
  passport: { issued_on: '2010-01-01' },
};

describe('listMutations', () => {
  const mutations = listMutations(schema, valid, '2026-01-01');
  const byName = (part: string) => mutations.filter((mutation) => mutation.name.includes(part));

  it.each([
    ['/inn: missing', '/inn', undefined],
    ['/work_phone: missing while "work_name" is given', '/work_phone', undefined],
    [
      '/x_contract_unknown_field: a field the schema does not declare',
      '/x_contract_unknown_field',
      'x',
    ],
    ['/income: below the minimum 100', '/income', 99],
    ['/income: above the maximum 99999', '/income', 100000],
    ['/income: a string instead of integer', '/income', 'abc'],
    ['/kind: a value outside the enum', '/kind', 'a-not-listed'],
    ['/work_name: 6 characters (maxLength 5)', '/work_name', 'ОООООО'],
    ['/work_name: 0 characters (minLength 1)', '/work_name', ''],
    ['/passport/issued_on: missing', '/passport/issued_on', undefined],
  ])('breaks %s', (name, pointer, value) => {
    const found = mutations.find((mutation) => mutation.name === name);
    expect(found?.pointer).toBe(pointer);
    const tokens = pointer.slice(1).split('/');
    const at = tokens.reduce<unknown>(
      (node, token) => (node as Record<string, unknown>)?.[token],
      found?.value,
    );
    expect(at).toEqual(value);
  });

  it('breaks the INN check digit with the code the spec names, keeping the pattern', () => {
    const [broken] = byName('check digit');
    expect(broken?.code).toBe('inn_checksum');
    const inn = (broken?.value as { inn?: string } | undefined)?.inn;
    expect(inn).toMatch(/^\d{10}$/);
    expect(inn).not.toBe(valid.inn);
  });

  it('breaks one field at a time and never changes the valid document', () => {
    for (const mutation of mutations) {
      const changed = Object.keys(valid).filter(
        (key) =>
          JSON.stringify((mutation.value as Record<string, unknown>)[key]) !==
          JSON.stringify(valid[key as keyof typeof valid]),
      );
      expect(changed.length).toBeLessThanOrEqual(1);
    }
    expect(valid.inn).toBe('7704012340');
  });

  it('leaves text values alone when values travel as text', () => {
    const query = listMutations(
      { type: 'object', properties: { inn: { type: 'string' } } },
      { inn: '1' },
      '2026-01-01',
      { asText: true },
    );
    expect(query).toEqual([]);
  });
});
