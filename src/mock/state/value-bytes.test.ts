import { describe, expect, it } from 'vitest';
import { decodeValues, encodeValues } from './value-bytes.js';

const PROFILE_VALUES = [
  100000,
  '2026-12-04T16:50:03.123Z',
  '5000000012',
  'Иванов Сергей Александрович',
  '1985-04-12',
  '21',
  '4505',
  'Отделением по району Хамовники ОУФМС России по г. Москве в ЦАО',
  '770-001',
  '119021, г. Москва, ул. Льва Толстого, д. 5, кв. 12',
  'ООО «Техносервис»',
  36,
  85000,
  'married',
];

describe('encodeValues and decodeValues', () => {
  it('read back a profile equal, in fewer bytes than its JSON in UTF-8', () => {
    const bytes = Buffer.from(encodeValues(PROFILE_VALUES));

    expect(decodeValues(bytes)).toEqual(PROFILE_VALUES);
    expect(bytes.length).toBeLessThan(0.6 * Buffer.byteLength(JSON.stringify(PROFILE_VALUES)));
  });

  it('keep every kind of value exactly', () => {
    const values = [
      '',
      '0',
      '007',
      '1'.repeat(255),
      '1'.repeat(256),
      '2024-02-29',
      '2023-02-29',
      '1969-07-20',
      '2026-12-04T16:50:03.123Z',
      '2026-12-04T16:50:03Z',
      '1960-01-01T00:00:00.000Z',
      'snow ☃ and 😀',
      '\ud800',
      '\udc00'.repeat(20_000),
      'ж'.repeat(70_000),
      0,
      -1,
      2 ** 47,
      -(2 ** 47),
      2 ** 53,
      0.5,
      -0.25,
      null,
      true,
      false,
      ['a', { b: 1 }],
      { c: 'д' },
    ];

    expect(decodeValues(Buffer.from(encodeValues(values)))).toEqual(values);
  });

  it('read an empty list from no bytes', () => {
    expect(decodeValues(encodeValues([]))).toEqual([]);
  });
});
