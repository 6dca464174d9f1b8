import { describe, expect, it } from 'vitest';
import {
  divideRounded,
  formatDecimal,
  formatFixed,
  formatMoney,
  parseDecimal,
  parseKopecks,
} from './decimal.js';

describe('parseKopecks', () => {
  it.each([
    ['15000', 1_500_000n],
    ['15000.5', 1_500_050n],
    ['15000.50', 1_500_050n],
    ['0.01', 1n],
    ['1000,99', 100_099n],
    ['1.001', undefined],
    ['-5', undefined],
    ['1e3', undefined],
    ['', undefined],
  ])('reads %j as %s kopecks', (amount, expected) => {
    expect(parseKopecks(amount)).toBe(expected);
  });
});

describe('formatDecimal and parseDecimal', () => {
  it.each([
    ['0.8', '0.8'],
    ['0,80', '0.8'],
    ['00.5000', '0.5'],
    ['1', '1'],
    ['0', '0'],
    ['0.333', '0.333'],
  ])('normalises %j as %j', (text, expected) => {
    const value = parseDecimal(text);
    expect(value && formatDecimal(value)).toBe(expected);
  });
});

describe('divideRounded', () => {
  it.each([
    [5n, 2n, 3n],
    [4n, 2n, 2n],
    [7n, 3n, 2n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [0n, 7n, 0n],
  ])('rounds %s / %s half up to %s', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });
});

describe('formatMoney and formatFixed', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [360_000n, '3600.00'],
    [1_500_050n, '15000.50'],
  ])('writes %s kopecks as %j', (kopecks, expected) => {
    expect(formatMoney(kopecks)).toBe(expected);
  });

  it('writes any number of decimals', () => {
    expect(formatFixed(292_000n, 3)).toBe('292.000');
    expect(formatFixed(7n, 3)).toBe('0.007');
    expect(formatFixed(42n, 0)).toBe('42');
  });
});
