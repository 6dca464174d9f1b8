import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectPiiFields } from './pii-fields.js';

describe('collectPiiFields', () => {
  it('finds marked properties, through $ref, and marked parameters', () => {
    const document = {
      paths: {
        '/docs': {
          get: {
            parameters: [
              { name: 'inn', in: 'query', schema: { $ref: '#/components/schemas/Inn' } },
              { name: 'creditid', in: 'query', schema: { type: 'integer' } },
            ],
          },
        },
      },
      components: {
        schemas: {
          Inn: { type: 'string', 'x-microf1-pii': 'inn' },
          Card: { type: 'string', 'x-microf1-pii': 'card-number' },
          Application: {
            properties: {
              creditcard_number: { $ref: '#/components/schemas/Card' },
              passport: {
                properties: {
                  series: { type: 'string', 'x-microf1-pii': 'passport-series' },
                  number: { type: 'string', 'x-microf1-pii': 'passport-number' },
                  note: { type: 'string', 'x-microf1-pii': 'not-a-kind' },
                },
              },
            },
          },
        },
      },
    };

    expect(collectPiiFields(document)).toEqual([
      { name: 'inn', kind: 'inn' },
      { name: 'creditcard_number', kind: 'card-number' },
      { name: 'series', kind: 'passport-series' },
      { name: 'number', kind: 'passport-number' },
    ]);
  });

  it('finds the personal data of the MicroF1 spec', () => {
    const spec = parse(
      readFileSync(new URL('../../spec/microf1.openapi.yaml', import.meta.url), 'utf8'),
    );
    const fields = new Map(collectPiiFields(spec).map((field) => [field.name, field.kind]));

    expect(fields.get('inn')).toBe('inn');
    expect(fields.get('creditcard_number')).toBe('card-number');
    expect(fields.get('passport_number_blank')).toBe('passport-number');
    expect(fields.get('passport_series_blank')).toBe('passport-series');
  });
});
