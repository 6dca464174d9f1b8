import { beforeAll, describe, expect, it } from 'vitest';
import { createMicroF1Ajv } from '../rules/create-ajv.js';
import { breakRules } from '../rules/break-rules.js';
import { toViolations } from '../rules/violations.js';
import { dereference, loadSpec } from '../spec/index.js';
import type { OpenApiDocument } from '../spec/index.js';
import { createGenerationContext, generateFromSchema } from './generate-from-schema.js';
import { createPersona } from './persona.js';
import type { JsonSchemaNode } from './schema-node.js';

// Bodies are generated against 2026-01-01 and checked on a later day: the data stays valid.
const ajv = createMicroF1Ajv({ today: () => '2027-06-15' });
let document: OpenApiDocument;

function requestSchema(name: string): JsonSchemaNode {
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  return dereference(schemas[name], document) as JsonSchemaNode;
}

function expectValid(schema: JsonSchemaNode, bodies: unknown[]): void {
  const validate = ajv.compile(schema);
  for (const body of bodies) {
    const violations = validate(body) ? [] : toViolations(validate.errors ?? [], 'en');
    expect(violations, JSON.stringify(body)).toEqual([]);
  }
}

beforeAll(async () => {
  const loaded = await loadSpec();
  if (!loaded.ok) throw new Error(loaded.error);
  document = loaded.document;
});

describe('bodies generated from the spec', () => {
  it('50 adduser bodies validate against AddUserRequest', () => {
    const schema = requestSchema('AddUserRequest');
    const bodies = Array.from({ length: 50 }, (_, index) =>
      generateFromSchema(schema, createGenerationContext({ seed: 2026, kind: 'profile', index })),
    );
    expectValid(schema, bodies);

    const first = bodies[0] as Record<string, unknown>;
    const persona = createPersona(2026, 0);
    expect(first.inn).toBe(persona.inn);
    expect(first.fio).toBe(persona.name.full);
    expect(first.passport_who_blank).toMatchObject({ issued_on: persona.passport.issuedOn });
  });

  it('50 addcredit bodies validate against AddCreditRequest, each for its owner', () => {
    const schema = requestSchema('AddCreditRequest');
    const bodies = Array.from({ length: 50 }, (_, index) => {
      const owner = createPersona(2026, index % 7);
      const context = createGenerationContext({
        seed: 2026,
        kind: 'credit',
        index,
        persona: owner,
      });
      return { owner, body: generateFromSchema(schema, context) as Record<string, unknown> };
    });
    expectValid(
      schema,
      bodies.map(({ body }) => body),
    );

    for (const { owner, body } of bodies) {
      expect(body.inn).toBe(owner.inn);
      expect(body.creditcard_number).toBe(owner.cardNumber);
    }
  });

  it('fills a field added to the spec with no generator named', () => {
    const base = requestSchema('AddUserRequest');
    const properties = base.properties as Record<string, unknown>;
    const schema = {
      ...base,
      required: [...(base.required as string[]), 'loyalty_code'],
      properties: {
        ...properties,
        loyalty_code: { type: 'string', pattern: '^[A-Z]{2}-\\d{6}$' },
        favourite_colour: { type: 'string', enum: ['red', 'green'] },
      },
    };
    const bodies = Array.from({ length: 20 }, (_, index) =>
      generateFromSchema(schema, createGenerationContext({ seed: 5, kind: 'profile', index })),
    );
    expectValid(schema, bodies);
    expect(bodies.every((body) => 'loyalty_code' in (body as object))).toBe(true);
    expect(bodies.some((body) => 'favourite_colour' in (body as object))).toBe(true);
  });

  it('breaks each custom rule of the request schemas so that only that rule fails', () => {
    for (const name of ['AddUserRequest', 'AddCreditRequest']) {
      const schema = requestSchema(name);
      const validate = ajv.compile(schema);
      const owner = createPersona(11, 0);
      const context = createGenerationContext({ seed: 11, kind: name, index: 0, persona: owner });
      const body = generateFromSchema(schema, context) as Record<string, unknown>;

      const broken: string[] = [];
      for (const [pointer, node, value] of listStringFields(schema, body)) {
        for (const rule of breakRules(node, value, { today: '2027-06-15', document: body })) {
          const copy = structuredClone(body);
          setAt(copy, pointer, rule.value);
          expect(validate(copy)).toBe(false);
          const found = toViolations(validate.errors ?? []).filter((v) => v.pointer === pointer);
          expect(
            found.map((violation) => violation.code),
            `${pointer} ${rule.value}`,
          ).toEqual([rule.code]);
          broken.push(`${pointer} ${rule.code}`);
        }
      }
      expect(broken).toEqual(EXPECTED_BREAKS[name]);
    }
  });
});

/** The rules each request schema declares, as the breaks they allow without breaking a pattern. */
const EXPECTED_BREAKS: Record<string, string[]> = {
  AddUserRequest: [
    '/inn inn_checksum',
    '/bdate format',
    '/bdate age_range',
    '/bdate age_range',
    '/passport_who_blank/issued_on format',
    '/passport_who_blank/issued_on date_in_future',
    '/passport_who_blank/issued_on before_anniversary',
  ],
  // fraction-digit breaks are left out: the fields' patterns already cap the decimals
  AddCreditRequest: [
    '/inn inn_checksum',
    '/amount decimal_range',
    '/amount decimal_range',
    '/term decimal_range',
    '/term decimal_range',
    '/percent decimal_range',
    '/creditcard_number luhn_checksum',
  ],
};

/** Every string field of a generated body with its schema node, as [pointer, node, value]. */
function listStringFields(
  schema: JsonSchemaNode,
  body: Record<string, unknown>,
  prefix = '',
): [string, JsonSchemaNode, string][] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchemaNode>;
  return Object.entries(body).flatMap(([key, value]) => {
    const node = properties[key] ?? {};
    if (typeof value === 'string') return [[`${prefix}/${key}`, node, value]];
    if (value !== null && typeof value === 'object') {
      return listStringFields(node, value as Record<string, unknown>, `${prefix}/${key}`);
    }
    return [];
  });
}

function setAt(target: Record<string, unknown>, pointer: string, value: string): void {
  const keys = pointer.slice(1).split('/');
  const last = keys.pop() ?? '';
  let node = target;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}
