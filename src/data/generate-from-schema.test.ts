import { describe, expect, it } from 'vitest';
import { createMicroF1Ajv } from '../rules/create-ajv.js';
import { createGenerationContext, generateFromSchema } from './generate-from-schema.js';
import { createPersona } from './persona.js';

const ajv = createMicroF1Ajv({ today: () => '2026-01-01' });

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['inn', 'fio', 'bdate', 'series', 'income', 'post', 'nickname', 'code'],
  dependentRequired: { work_name: ['work_phone'], hobby: ['hobby_since'] },
  properties: {
    inn: {
      type: 'string',
      pattern: '^\\d{10}$',
      format: 'ru-inn-10',
      'x-microf1-generate': 'person.inn',
    },
    fio: {
      type: 'string',
      pattern: "^[\\p{L}][\\p{L}' -]*[\\p{L}]$",
      'x-microf1-generate': 'person.fio',
    },
    bdate: {
      type: 'string',
      format: 'date',
      'x-microf1-age': { minYears: 18, maxYears: 100 },
      'x-microf1-generate': 'person.bdate',
    },
    series: {
      type: 'string',
      pattern: '^\\d{2} ?\\d{2}$',
      'x-microf1-generate': 'passport.series',
    },
    income: {
      type: 'integer',
      minimum: 100,
      maximum: 99999,
      'x-microf1-generate': 'income.monthly',
    },
    post: { type: 'string', enum: ['worker', 'student'] },
    work_name: { type: 'string', minLength: 1, maxLength: 250, 'x-microf1-generate': 'work.name' },
    work_phone: { type: 'string', pattern: '^\\d{10}$', 'x-microf1-generate': 'work.phone' },
    // fields no generator knows: decided by format, pattern, bounds and type alone
    nickname: { type: 'string', minLength: 3, maxLength: 12 },
    code: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' },
    hobby: { type: 'string', maxLength: 40 },
    hobby_since: { type: 'string', format: 'date', 'x-microf1-not-future': true },
    score: { type: 'number', exclusiveMinimum: 0, maximum: 5 },
    card: { type: 'string', pattern: '^\\d{16}$', format: 'luhn' },
    fee: {
      type: 'string',
      pattern: '^\\d{1,2}([.,]\\d{1,4})?$',
      'x-microf1-decimal': {
        minimum: '0',
        maximum: '0.8',
        maxFractionDigits: 4,
        separators: [',', '.'],
      },
    },
    tags: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', enum: ['a', 'b'] } },
    flag: { const: true },
    address: {
      type: 'object',
      required: ['city'],
      properties: {
        city: { type: 'string', minLength: 2, maxLength: 40 },
        flat: { type: 'integer' },
      },
    },
  },
};

const validate = ajv.compile(schema);
const generate = (index: number) =>
  generateFromSchema(schema, createGenerationContext({ seed: 'walker', kind: 'sample', index }));

describe('generateFromSchema', () => {
  it('produces documents that validate, with or without optional fields', () => {
    for (let index = 0; index < 100; index += 1) {
      const document = generate(index);
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is deterministic per (seed, kind, index) and differs between indexes', () => {
    expect(generate(4)).toEqual(generate(4));
    expect(generate(4)).not.toEqual(generate(5));
  });

  it('takes named fields from the persona', () => {
    const persona = createPersona('walker', 9);
    const document = generate(9) as Record<string, unknown>;
    expect(document.inn).toBe(persona.inn);
    expect(document.fio).toBe(persona.name.full);
    expect(document.bdate).toBe(persona.birthDate);
    expect(String(document.series).replace(' ', '')).toBe(persona.passport.series);
  });

  it('fills fields the generators do not know, and sometimes the optional ones', () => {
    const documents = Array.from(
      { length: 40 },
      (_, index) => generate(index) as Record<string, unknown>,
    );
    for (const document of documents) {
      expect(typeof document.nickname).toBe('string');
      expect(document.code).toMatch(/^[A-Z]{3}-\d{4}$/);
    }
    for (const field of ['hobby', 'score', 'card', 'fee', 'tags', 'flag', 'address']) {
      expect(
        documents.some((document) => field in document),
        field,
      ).toBe(true);
      expect(
        documents.some((document) => !(field in document)),
        field,
      ).toBe(true);
    }
  });

  it('brings the dependants of a filled field, and leaves out what the person lacks', () => {
    const documents = Array.from(
      { length: 60 },
      (_, index) => generate(index) as Record<string, unknown>,
    );
    for (const document of documents) {
      if ('work_name' in document) expect(document.work_phone).toMatch(/^\d{10}$/);
      if ('hobby' in document) expect(typeof document.hobby_since).toBe('string');
    }
    expect(documents.some((document) => !('work_name' in document))).toBe(true);
  });

  it('uses the owner persona given for a second kind of document', () => {
    const owner = createPersona('walker', 2);
    const card = {
      type: 'object',
      required: ['n'],
      properties: { n: { type: 'string', 'x-microf1-generate': 'credit.card_number' } },
    };
    const context = createGenerationContext({
      seed: 'walker',
      kind: 'credit',
      index: 77,
      persona: owner,
    });
    expect(generateFromSchema(card, context)).toEqual({ n: owner.cardNumber });
  });
});

describe('generateFromSchema with composition and direction', () => {
  const context = () => createGenerationContext({ seed: 'walker', kind: 'compose', index: 1 });

  it('merges allOf branches and takes the first oneOf branch', () => {
    const composed = {
      allOf: [
        { type: 'object', required: ['a'], properties: { a: { const: 1 } } },
        { type: 'object', required: ['b'], properties: { b: { type: 'integer', maximum: -5 } } },
      ],
      oneOf: [
        { type: 'object', required: ['c'], properties: { c: { enum: ['x'] } } },
        { type: 'object', required: ['d'], properties: { d: { type: 'string' } } },
      ],
    };
    const document = generateFromSchema(composed, context()) as Record<string, unknown>;
    expect(document).toMatchObject({ a: 1, c: 'x' });
    expect(document.b).toBeLessThanOrEqual(-5);
    expect(ajv.validate(composed, document)).toBe(true);
  });

  it('leaves out readOnly properties of a request and writeOnly ones of a response', () => {
    const node = {
      type: 'object',
      required: ['id', 'card', 'name'],
      properties: {
        id: { type: 'integer', minimum: 1, readOnly: true },
        card: { type: 'string', pattern: '^\\d{16}$', writeOnly: true },
        name: { type: 'string', minLength: 2 },
      },
    };
    expect(Object.keys(generateFromSchema(node, context()) as object)).toEqual(['card', 'name']);
    const response = { ...context(), direction: 'response' as const };
    expect(Object.keys(generateFromSchema(node, response) as object)).toEqual(['id', 'name']);
  });
});
