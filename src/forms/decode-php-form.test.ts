import { describe, expect, it } from 'vitest';
import { decodePhpForm } from './decode-php-form.js';
import { encodePhpForm } from './encode-php-form.js';

function decoded(text: string): unknown {
  const result = decodePhpForm(text);
  if (!result.ok) throw new Error(`expected a form, got ${result.error.code}`);
  return JSON.parse(JSON.stringify(result.value));
}

describe('decodePhpForm', () => {
  it('reads flat pairs, plus signs and percent escapes', () => {
    expect(decoded('fio=%D0%98%D0%B2%D0%B0%D0%BD+%D0%98&income=85000')).toEqual({
      fio: 'Иван И',
      income: '85000',
    });
  });

  it('builds nested objects from bracket notation, encoded or not', () => {
    const text = 'passport_who_blank[issued_by]=OVD&passport_who_blank%5Bissued_on%5D=2005-05-20';
    expect(decoded(text)).toEqual({
      passport_who_blank: { issued_by: 'OVD', issued_on: '2005-05-20' },
    });
  });

  it('builds lists from empty brackets and from indexes', () => {
    expect(decoded('a[]=1&a[]=2&b[0][x]=p&b[1][x]=q')).toEqual({
      a: ['1', '2'],
      b: [{ x: 'p' }, { x: 'q' }],
    });
  });

  it('lets a later name win, and keeps a name without a value as empty', () => {
    expect(decoded('a=1&a=2&flag')).toEqual({ a: '2', flag: '' });
  });

  it('keeps an index far past the end compact', () => {
    expect(decoded('a[]=1&a[99999999]=2')).toEqual({ a: ['1', '2'] });
  });

  it('takes a name with unbalanced brackets whole', () => {
    expect(decoded('a[b=1&c]=2')).toEqual({ 'a[b': '1', 'c]': '2' });
  });

  it('keeps __proto__, constructor and prototype as plain data', () => {
    const result = decodePhpForm(
      '__proto__[polluted]=yes&constructor[prototype][polluted]=yes&a[__proto__][x]=1',
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBeNull();
    expect(Object.keys(result.value)).toEqual(['__proto__', 'constructor', 'a']);
    const nested = result.value.a as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBeNull();
    expect(Object.keys(nested)).toEqual(['__proto__']);
  });

  it('refuses malformed percent escapes, naming the field of a bad value without quoting it', () => {
    expect(decodePhpForm('a=%E0%A4%A')).toEqual({
      ok: false,
      error: { code: 'form_encoding', at: 'a' },
    });
    expect(decodePhpForm('comment=card+4111+1111+1111+1111+50%')).toEqual({
      ok: false,
      error: { code: 'form_encoding', at: 'comment' },
    });
    expect(decodePhpForm('a%ZZ=1')).toEqual({
      ok: false,
      error: { code: 'form_encoding', at: 'a%ZZ' },
    });
  });

  it('bounds the number of parameters and the nesting depth', () => {
    const many = Array.from({ length: 11 }, (_, index) => `p${index}=1`).join('&');
    expect(decodePhpForm(many, { maxParameters: 10 })).toMatchObject({
      ok: false,
      error: { code: 'form_too_many_parameters' },
    });
    expect(decodePhpForm(`a${'[x]'.repeat(5)}=1`, { maxDepth: 4 })).toMatchObject({
      ok: false,
      error: { code: 'form_too_deep' },
    });
    expect(decodePhpForm(`a${'[x]'.repeat(4)}=1`, { maxDepth: 4 }).ok).toBe(true);
  });
});

describe('encodePhpForm', () => {
  it('writes nested objects and lists in bracket notation', () => {
    const text = encodePhpForm({ who: { by: 'ОВД г. Москвы' }, list: ['1', '2'], n: 5 });
    expect(decodeURIComponent(text)).toBe('who[by]=ОВД+г.+Москвы&list[]=1&list[]=2&n=5');
  });

  it('skips undefined and writes null as empty', () => {
    expect(encodePhpForm({ a: undefined, b: null, c: true })).toBe('b=&c=true');
  });

  it('round-trips through the decoder', () => {
    const value = {
      inn: '7704012340',
      passport_who_blank: { issued_by: 'ОВД & Ко = 100%', issued_on: '2005-05-20' },
      tags: ['a b', 'c+d'],
      rows: [{ x: '1' }, { x: '2' }],
    };
    expect(decoded(encodePhpForm(value))).toEqual(value);
  });
});
