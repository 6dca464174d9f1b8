import { describe, expect, it } from 'vitest';
import { cardLast4, maskCardNumber } from './card-mask.js';

describe('maskCardNumber', () => {
  it.each([
    ['2202201234565895', '220220******5895'],
    ['2202 2012 3456 5899', '220220******5899'],
    ['3782-822463-10005', '378282*****0005'],
    ['2200770212727079660', '220077*********9660'],
    ['1234567890', '******7890'],
    ['1234', '****'],
    ['', ''],
  ])('masks %j as %j', (input, expected) => {
    expect(maskCardNumber(input)).toBe(expected);
  });
});

describe('cardLast4', () => {
  it.each([
    ['2202201234565895', '5895'],
    ['2202 2012 3456 5899', '5899'],
    ['220220******5895', '5895'],
  ])('takes the last 4 digits of %j', (input, expected) => {
    expect(cardLast4(input)).toBe(expected);
  });
});
