import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  countFractionDigits,
  formatScaledInteger,
  parseDecimal,
  toScaledInteger,
} from './decimal.js';
import { checkDecimal } from './keyword-decimal.js';

const both = ['.', ','];
const number = (text: string) => {
  const parsed = parseDecimal(text, both);
  if (parsed === undefined) throw new Error(`bad test decimal ${text}`);
  return parsed;
};

describe('parseDecimal', () => {
  it.each([
    ['15000', ['.'], { negative: false, integer: '15000', fraction: '' }],
    ['15000.00', ['.'], { negative: false, integer: '15000', fraction: '00' }],
    ['0,75', both, { negative: false, integer: '0', fraction: '75' }],
    ['-1.5', ['.'], { negative: true, integer: '1', fraction: '5' }],
  ])('parses %s', (text, separators, expected) => {
    expect(parseDecimal(text, separators)).toEqual(expected);
  });

  it.each([['0,75'], ['1e3'], ['.5'], ['5.'], ['1 000'], ['1.000.5'], [''], ['+5'], ['12_0']])(
    'refuses %s with "." only',
    (text) => {
      expect(parseDecimal(text, ['.'])).toBeUndefined();
    },
  );

  it('counts fraction digits as written', () => {
    expect(countFractionDigits('100', both)).toBe(0);
    expect(countFractionDigits('100,50', both)).toBe(2);
    expect(countFractionDigits('0.125', both)).toBe(3);
    expect(countFractionDigits('abc', both)).toBeUndefined();
  });
});

describe('compareDecimals', () => {
  it.each([
    ['0.8', '0,80', 0],
    ['0.8', '0.800000000000000001', -1],
    ['0.30', '0.3', 0],
    ['0.1', '0.09', 1],
    ['500000', '500000.00', 0],
    ['500000.01', '500000', 1],
    ['999.99', '1000', -1],
    ['0010', '10', 0],
    ['-1', '0', -1],
    ['-2', '-1', -1],
  ])('%s compared with %s is %i', (a, b, expected) => {
    expect(compareDecimals(number(a), number(b))).toBe(expected);
  });

  it('scales and formats without floating point', () => {
    expect(toScaledInteger(number('0.1'), 2)).toBe(10n);
    expect(formatScaledInteger(toScaledInteger(number('0.8'), 1) + 1n, 1)).toBe('0.9');
    expect(formatScaledInteger(5n, 2, ',')).toBe('0,05');
    expect(formatScaledInteger(-150n, 2)).toBe('-1.50');
  });
});

describe('checkDecimal at the bounds', () => {
  const amount = { minimum: '1000', maximum: '500000', maxFractionDigits: 2, separators: both };
  const percent = { minimum: '0', maximum: '0.8', maxFractionDigits: 2, separators: both };

  it.each([
    [amount, '1000', undefined],
    [amount, '999.99', 'decimal_range'],
    [amount, '500000.00', undefined],
    [amount, '500000,01', 'decimal_range'],
    [amount, '15000.5', undefined],
    [amount, '15000.555', 'decimal_format'],
    [amount, '15 000', 'decimal_format'],
    [percent, '0.8', undefined],
    [percent, '0,80', undefined],
    [percent, '0.81', 'decimal_range'],
    [percent, '0', undefined],
    [percent, '-0.01', 'decimal_range'],
    [{ maximum: '1' }, '1,0', 'decimal_format'],
  ])('%j accepts %s: %s', (rule, text, expected) => {
    expect(checkDecimal(rule, text)).toBe(expected);
  });
});
