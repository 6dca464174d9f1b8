import { describe, expect, it } from 'vitest';
import { computeInn10CheckDigit, isValidInn10 } from './inn.js';
import { computeLuhnCheckDigit, isValidLuhn } from './luhn.js';

describe('INN-10 check digit', () => {
  it.each([
    ['7707083893', true],
    ['7736207543', true],
    ['7830002293', true],
    ['0000000000', true],
    ['7707083894', false],
    ['7736207540', false],
    ['770708389', false],
    ['77070838930', false],
    ['77070838a3', false],
    ['', false],
  ])('%s is valid: %s', (inn, expected) => {
    expect(isValidInn10(inn)).toBe(expected);
  });

  it('computes the digit that makes the number valid', () => {
    for (const payload of ['500100732', '123456789', '010203040', '999999999']) {
      const digit = computeInn10CheckDigit(payload);
      expect(isValidInn10(`${payload}${digit}`)).toBe(true);
      expect(isValidInn10(`${payload}${(digit + 1) % 10}`)).toBe(false);
    }
  });

  it('applies the mod 11 then mod 10 step', () => {
    // weights 2,4,10,3,5,9,4,6,8 over 000000009 give 72, 72 mod 11 = 6
    expect(computeInn10CheckDigit('000000009')).toBe(6);
    // 000000040: 4 * 6 = 24, 24 mod 11 = 2
    expect(computeInn10CheckDigit('000000040')).toBe(2);
    // 100000000 with weight 2 and 500000000: 10 mod 11 = 10, mod 10 = 0
    expect(computeInn10CheckDigit('500000000')).toBe(0);
  });

  it('refuses a payload that is not nine digits', () => {
    expect(() => computeInn10CheckDigit('12345')).toThrow(TypeError);
  });
});

describe('Luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['5555555555554444', true],
    ['2202200000005895', false],
    ['79927398713', true],
    ['79927398710', false],
    ['4111111111111112', false],
    ['4111 1111 1111 1111', false],
    ['0', false],
    ['', false],
  ])('%s is valid: %s', (card, expected) => {
    expect(isValidLuhn(card)).toBe(expected);
  });

  it('computes the check digit of a Mir card', () => {
    for (const payload of ['220220000000589', '220012345678901', '220499999999999']) {
      const digit = computeLuhnCheckDigit(payload);
      expect(isValidLuhn(`${payload}${digit}`)).toBe(true);
      expect(isValidLuhn(`${payload}${(digit + 5) % 10}`)).toBe(false);
    }
    expect(computeLuhnCheckDigit('7992739871')).toBe(3);
  });
});

describe('field patterns of the spec', () => {
  const series = /^\d{2} ?\d{2}$/u;
  const mobile = /^9\d{9}$/u;

  it.each([
    ['4512', true],
    ['45 12', true],
    ['45  12', false],
    ['451', false],
    ['45-12', false],
    ['4512 ', false],
  ])('passport series %j matches: %s', (value, expected) => {
    expect(series.test(value)).toBe(expected);
  });

  it.each([
    ['9161234567', true],
    ['8161234567', false],
    ['916123456', false],
    ['91612345678', false],
    ['+79161234567', false],
  ])('mobile phone %j matches: %s', (value, expected) => {
    expect(mobile.test(value)).toBe(expected);
  });
});
