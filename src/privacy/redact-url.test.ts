import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';
import type { SensitiveField } from './redact-value.js';

const FIELDS: readonly SensitiveField[] = [
  { name: 'inn', kind: 'inn' },
  { name: 'passport_number_blank', kind: 'passport-number' },
  { name: 'passport_series_blank', kind: 'passport-series' },
  { name: 'creditcard_number', kind: 'card-number' },
];

describe('redactUrl', () => {
  it.each([
    ['a path alone', '/cards/4111111111111111', '/cards/411111******1111'],
    [
      'every personal-data parameter',
      '/d?creditid=1&inn=7707083893&passport_number_blank=123456&passport_series_blank=45+12',
      '/d?creditid=1&inn=77********&passport_number_blank=******&passport_series_blank=**%20**',
    ],
    [
      'a percent-encoded value',
      '/d?passport_number_blank=%31%32%33456',
      '/d?passport_number_blank=******',
    ],
    [
      'a bracketed name',
      '/d?p%5Bpassport_number_blank%5D=123456',
      '/d?p%5Bpassport_number_blank%5D=******',
    ],
    ['a card in another parameter', '/d?note=4111111111111111', '/d?note=411111******1111'],
    ['a parameter without a value', '/d?flag&inn', '/d?flag&inn'],
    [
      'a card spaced by plus signs',
      '/d?note=2200+7000+1234+5673',
      '/d?note=2200%2070**%20****%205673',
    ],
    ['a card in encoded digits', '/d?note=%34%31%31%31111111111111', '/d?note=411111******1111'],
    ['a card spaced in the path', '/c/2200%207000%201234%205673', '/c/2200%2070**%20****%205673'],
  ])('masks %s', (_name, input, expected) => {
    expect(redactUrl(input, 'log', FIELDS)).toBe(expected);
  });

  it('keeps INNs and passports under the public policy, cards never', () => {
    expect(
      redactUrl('/d?inn=7707083893&creditcard_number=4111111111111111', 'public', FIELDS),
    ).toBe('/d?inn=7707083893&creditcard_number=411111******1111');
  });
});
