import { describe, expect, it } from 'vitest';
import { normalizeBySchema } from './normalize.js';
import type { JsonSchema } from './types.js';

const SERIES: JsonSchema = { type: 'string', 'x-microf1-normalize': 'digits' };
const PERCENT: JsonSchema = { type: 'string', 'x-microf1-normalize': 'decimal' };
const ADDRESS: JsonSchema = { type: 'object', properties: { city: { type: 'string' } } };
const PROFILE: JsonSchema = {
  type: 'object',
  properties: { series: SERIES, address: ADDRESS, rates: { type: 'array', items: PERCENT } },
};

describe('normalizeBySchema', () => {
  it('applies the annotations of properties and items, and leaves the input as it was', () => {
    const input = { series: '45 05', rates: ['0,5', '1'], fio: 'Иванов' };

    expect(normalizeBySchema(input, PROFILE)).toEqual({
      series: '4505',
      rates: ['0.5', '1'],
      fio: 'Иванов',
    });
    expect(input).toEqual({ series: '45 05', rates: ['0,5', '1'], fio: 'Иванов' });
  });

  it('keeps the order of the keys', () => {
    const normalized = normalizeBySchema({ fio: 'a', series: '45 05', inn: 'b' }, PROFILE);

    expect(Object.keys(normalized as object)).toEqual(['fio', 'series', 'inn']);
  });

  it('shares the parts no annotation reaches, and returns such a value as it is', () => {
    const address = { city: 'Москва' };
    const normalized = normalizeBySchema({ series: '4505', address }, PROFILE) as {
      address: unknown;
    };

    expect(normalized.address).toBe(address);
    expect(normalizeBySchema(address, ADDRESS)).toBe(address);
  });

  it('ends on a schema that contains itself', () => {
    const tree: JsonSchema = { type: 'object', properties: { code: SERIES } };
    (tree.properties as Record<string, JsonSchema>).child = tree;

    expect(normalizeBySchema({ code: '12 34', child: { code: '56 78' } }, tree)).toEqual({
      code: '1234',
      child: { code: '5678' },
    });
  });
});
