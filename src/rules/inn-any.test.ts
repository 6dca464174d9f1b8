import { describe, expect, it } from 'vitest';
import { isValidInn as isInnValid } from '../rules/inn.js';
import { isValidLuhn as isLuhnValid } from '../rules/luhn.js';

describe('isLuhnValid', () => {
  it.each([
    ['2202201234565899', true],
    ['2202201234565895', false],
    ['4111111111111111', true],
    ['378282246310005', true],
    ['2200770212727079660', true],
    ['2200770212727079661', false],
    ['4111 1111 1111 1111', false],
    ['', false],
  ])('checks %j as %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });
});

describe('isInnValid', () => {
  it.each([
    ['7707083893', true],
    ['7707083894', false],
    ['500100732259', true],
    ['500100732258', false],
    ['771234567859', true],
    ['77070838931', false],
    ['77070838a3', false],
  ])('checks %j as %s', (value, expected) => {
    expect(isInnValid(value)).toBe(expected);
  });
});
