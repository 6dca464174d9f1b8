import { describe, expect, it } from 'vitest';
import { breakRules } from './break-rules.js';
import { createMicroF1Ajv } from './create-ajv.js';
import { toViolations } from './violations.js';

const today = '2026-01-01';
const ajv = createMicroF1Ajv({ today: () => today });

const schema = {
  type: 'object',
  properties: {
    inn: { type: 'string', pattern: '^\\d{10}$', format: 'ru-inn-10' },
    card: { type: 'string', pattern: '^\\d{16}$', format: 'luhn' },
    bdate: { type: 'string', format: 'date', 'x-microf1-age': { minYears: 18, maxYears: 100 } },
    issued_on: {
      type: 'string',
      format: 'date',
      'x-microf1-not-future': true,
      'x-microf1-after-anniversary': { of: '/bdate', years: 14 },
    },
    amount: {
      type: 'string',
      pattern: '^\\d+([.,]\\d+)?$',
      'x-microf1-decimal': { minimum: '1000', maximum: '500000', maxFractionDigits: 2 },
    },
    percent: {
      type: 'string',
      maxLength: 5,
      'x-microf1-decimal': {
        minimum: '0',
        maximum: '0.8',
        maxFractionDigits: 2,
        separators: [',', '.'],
      },
    },
  },
} as const;

const valid: Record<string, string> = {
  inn: '7707083893',
  card: '4111111111111111',
  bdate: '1990-05-17',
  issued_on: '2010-06-01',
  amount: '15000.00',
  percent: '0.5',
};

const validate = ajv.compile(schema);

function breaksOf(field: keyof typeof schema.properties) {
  return breakRules(schema.properties[field], valid[field] ?? '', { today, document: valid });
}

describe('breakRules', () => {
  it.each([
    ['inn', ['inn_checksum']],
    ['card', ['luhn_checksum']],
    ['bdate', ['format', 'age_range', 'age_range']],
    ['issued_on', ['format', 'date_in_future', 'before_anniversary']],
    ['amount', ['decimal_range', 'decimal_range', 'decimal_format', 'decimal_format']],
    ['percent', ['decimal_range', 'decimal_range', 'decimal_format', 'decimal_format']],
  ] as const)('breaks %s with %j', (field, codes) => {
    expect(breaksOf(field).map((rule) => rule.code)).toEqual(codes);
  });

  it.each(Object.keys(schema.properties) as (keyof typeof schema.properties)[])(
    'each value of %s is refused by the validator with its code alone',
    (field) => {
      for (const broken of breaksOf(field)) {
        expect(validate({ ...valid, [field]: broken.value })).toBe(false);
        // a birth date may also move the anniversary of another field; look at this one only
        const violations = toViolations(validate.errors ?? []).filter(
          (violation) => violation.pointer === `/${field}`,
        );
        expect(violations.map(({ pointer, code }) => [pointer, code])).toEqual([
          [`/${field}`, broken.code],
        ]);
        expect(broken.description.length).toBeGreaterThan(5);
      }
    },
  );

  it('makes the client 17 and 101 on the given day', () => {
    const values = breaksOf('bdate')
      .filter((rule) => rule.code === 'age_range')
      .map((rule) => rule.value);
    expect(values).toEqual(['2008-01-02', '1925-01-01']);
  });

  it('finds the youngest-invalid birth date across 29 February', () => {
    const node = { type: 'string', 'x-microf1-age': { minYears: 18, maxYears: 100 } };
    const breaks = breakRules(node, '1990-01-01', { today: '2026-02-28' });
    // born 2008-02-29 turns 18 on 2026-02-28, so 17 means born 2008-03-01
    expect(breaks[0]?.value).toBe('2008-03-01');
  });

  it('drops a value that would also break the length of the node', () => {
    const node = { ...schema.properties.percent, maxLength: 4 };
    const values = breakRules(node, '0.5', { today }).map((rule) => rule.value);
    expect(values).toEqual(['0,9', '-1']);
  });

  it('offers nothing for a node without custom rules', () => {
    expect(breakRules({ type: 'string', maxLength: 5 }, 'abc', { today })).toEqual([]);
  });

  it('skips the anniversary break when the other date is unknown', () => {
    const node = schema.properties.issued_on;
    const codes = breakRules(node, '2010-06-01', { today }).map((rule) => rule.code);
    expect(codes).toEqual(['format', 'date_in_future']);
  });
});
