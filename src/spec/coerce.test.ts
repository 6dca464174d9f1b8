import { describe, expect, it } from 'vitest';
import { coerceBySchema } from './coerce.js';

const schema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    amount: { type: 'number' },
    agreed: { type: 'boolean' },
    inn: { type: 'string' },
  },
};

describe('coerceBySchema', () => {
  it('reads digit strings as the numbers and booleans their schemas declare', () => {
    expect(
      coerceBySchema({ id: '42', amount: '-1.5', agreed: 'true', inn: '7707083893' }, schema),
    ).toEqual({ id: 42, amount: -1.5, agreed: true, inn: '7707083893' });
  });

  it('reads a long run of digits as the nearest number, for the bounds to judge', () => {
    expect(coerceBySchema({ id: '9'.repeat(40) }, schema)).toEqual({ id: 1e40 });
  });

  it('leaves as text what no number holds or what is not a number, for the type check', () => {
    const huge = '9'.repeat(400);
    expect(coerceBySchema({ id: huge, amount: '1e3', agreed: 'yes' }, schema)).toEqual({
      id: huge,
      amount: '1e3',
      agreed: 'yes',
    });
  });
});
