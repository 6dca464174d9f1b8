import { describe, expect, it } from 'vitest';
import { joinRecord, LEAF, nameShape, OBJECT, readValues, splitRecord } from './record-shape.js';

const ADDRESS = 'г. Москва, ул. Льва Толстого, д. 5';

describe('splitRecord and joinRecord', () => {
  it('take a record apart into layout and values, and put it together equal, keys in order', () => {
    const record = {
      userid: 7,
      passport: { issued_by: 'ОВД', codes: ['770-001'], empty: {} },
      tags: [{ a: 1 }],
      nothing: null,
    };
    const { shape, values } = splitRecord(record);

    expect(shape.keys).toEqual([
      'userid',
      'passport',
      'issued_by',
      'codes',
      'empty',
      'tags',
      'nothing',
    ]);
    expect(shape.depths).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(shape.kinds).toEqual([LEAF, OBJECT, LEAF, LEAF, OBJECT, LEAF, LEAF]);
    expect(values).toEqual([7, 'ОВД', ['770-001'], [{ a: 1 }], null]);

    const joined = joinRecord(shape, values);
    expect(joined).toEqual(record);
    expect(JSON.stringify(joined)).toBe(JSON.stringify(record));
  });

  it('keep a long text repeated in the record once, and short texts as they come', () => {
    const record = { address_reg: ADDRESS, code: 'ab', address_fact: ADDRESS, other: 'ab' };
    const { shape, values } = splitRecord(record);

    expect(values).toEqual([ADDRESS, 'ab', 'ab']);
    expect(shape.kinds).toEqual([LEAF, LEAF, 0, LEAF]);
    expect(joinRecord(shape, values)).toEqual(record);
  });

  it('leave out undefined values', () => {
    const { shape } = splitRecord({ a: 1, b: undefined, c: { d: undefined } });

    expect(shape.keys).toEqual(['a', 'c']);
  });

  it('keep a key named __proto__ as an own property', () => {
    const record = JSON.parse('{"__proto__":{"x":1},"y":2}');
    const { shape, values } = splitRecord(record);
    const joined = joinRecord(shape, values);

    expect(Object.keys(joined)).toEqual(['__proto__', 'y']);
    expect(Object.getPrototypeOf(joined)).toBe(Object.prototype);
    expect(JSON.stringify(joined)).toBe('{"__proto__":{"x":1},"y":2}');
  });
});

describe('nameShape and readValues', () => {
  it('tell layouts apart by keys, nesting and repeats', () => {
    const flat = splitRecord({ a: 1, c: 'x' }).shape;
    const nested = splitRecord({ a: 1, b: { c: 'x' } }).shape;
    const repeated = splitRecord({ a: ADDRESS, b: ADDRESS }).shape;
    const distinct = splitRecord({ a: ADDRESS, b: `${ADDRESS}!` }).shape;

    expect(nameShape(splitRecord({ a: 2, c: 'y' }).shape)).toBe(nameShape(flat));
    expect(new Set([flat, nested, repeated, distinct].map(nameShape)).size).toBe(4);
  });

  it('read the values of a record of the same layout, as splitRecord would', () => {
    const record = { a: 1, b: { c: ADDRESS }, d: ADDRESS, e: [1] };
    const { shape, values } = splitRecord(record);
    const other = { a: 2, b: { c: 'Тверская, 1, кв. 10' }, d: 'Тверская, 1, кв. 10', e: [] };

    expect(readValues(record, shape)).toEqual(values);
    expect(readValues(other, shape)).toEqual(splitRecord(other).values);
  });

  it('refuse a record of another layout: keys, order, nesting, repeats or length', () => {
    const { shape } = splitRecord({ a: 1, b: { c: ADDRESS }, d: ADDRESS });

    expect(readValues({ a: 1, b: { c: ADDRESS }, d: `${ADDRESS}.` }, shape)).toBeUndefined();
    expect(readValues({ b: { c: ADDRESS }, a: 1, d: ADDRESS }, shape)).toBeUndefined();
    expect(readValues({ a: 1, b: ADDRESS, d: ADDRESS }, shape)).toBeUndefined();
    expect(readValues({ a: 1, b: { c: ADDRESS } }, shape)).toBeUndefined();
    expect(readValues({ a: 1, b: { c: ADDRESS }, d: ADDRESS, f: 0 }, shape)).toBeUndefined();
  });
});
