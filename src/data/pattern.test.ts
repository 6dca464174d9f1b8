import { describe, expect, it } from 'vitest';
import { generateFromPattern } from './pattern.js';
import { createSeededFaker } from './seed.js';

describe('generateFromPattern', () => {
  it.each([
    ['^\\d{10}$'],
    ['^9\\d{9}$'],
    ['^\\d{3}-\\d{3}$'],
    ['^\\d{2} ?\\d{2}$'],
    ['^\\d{1,9}([.,]\\d{1,2})?$'],
    ["^[\\p{L}][\\p{L}' -]*[\\p{L}]$"],
    ['^[A-Z]{2}[0-9a-f]{4}$'],
    ['^(?:red|green|blue)-\\w+$'],
    ['^scenario=(approved|rejected)$'],
    ['^\\d{6}\\*{6}\\d{4}$'],
  ])('makes strings matching %s', (pattern) => {
    const faker = createSeededFaker(1, 'pattern', 0);
    const regex = new RegExp(pattern, 'u');
    for (let run = 0; run < 30; run += 1) {
      const text = generateFromPattern(pattern, faker);
      expect(text).toBeDefined();
      expect(regex.test(text ?? '')).toBe(true);
    }
  });

  it.each([['^[^0-9]+$'], ['^(?=a)a$'], ['^(a)\\1$'], ['^\\bword$']])(
    'gives up on the unsupported %s',
    (pattern) => {
      expect(generateFromPattern(pattern, createSeededFaker(1, 'pattern', 0))).toBeUndefined();
    },
  );

  it('writes both forms of a passport series over many draws', () => {
    const faker = createSeededFaker(2, 'pattern', 0);
    const values = Array.from({ length: 50 }, () => generateFromPattern('^\\d{2} ?\\d{2}$', faker));
    expect(values.some((value) => value?.length === 4)).toBe(true);
    expect(values.some((value) => value?.length === 5)).toBe(true);
  });
});
