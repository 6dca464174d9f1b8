import { describe, expect, it } from 'vitest';
import { getAgeInYears, getAnniversary } from './age.js';
import { addDays, formatIsoDate, isIsoDate, parseIsoDate } from './iso-date.js';

const day = (text: string) => {
  const date = parseIsoDate(text);
  if (date === undefined) throw new Error(`bad test date ${text}`);
  return date;
};

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['24-01-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['0000-01-01', false],
  ])('%s is a real day: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('round-trips through formatIsoDate', () => {
    expect(formatIsoDate(day('0999-03-05'))).toBe('0999-03-05');
  });

  it('adds days across months and leap days', () => {
    expect(formatIsoDate(addDays(day('2024-02-28'), 1))).toBe('2024-02-29');
    expect(formatIsoDate(addDays(day('2023-02-28'), 1))).toBe('2023-03-01');
    expect(formatIsoDate(addDays(day('2026-01-01'), -1))).toBe('2025-12-31');
  });
});

describe('getAgeInYears', () => {
  it.each([
    ['2008-01-01', '2026-01-01', 18],
    ['2008-01-02', '2026-01-01', 17],
    ['2007-12-31', '2026-01-01', 18],
    ['1926-01-01', '2026-01-01', 100],
    ['1926-01-02', '2026-01-01', 99],
    ['1925-12-31', '2026-01-01', 100],
    ['1925-01-01', '2026-01-01', 101],
    ['1924-12-31', '2026-01-01', 101],
    ['1925-01-02', '2026-01-01', 100],
    ['2008-02-29', '2026-02-28', 18],
    ['2008-02-29', '2026-02-27', 17],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['2026-01-02', '2026-01-01', -1],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(getAgeInYears(day(birth), day(on))).toBe(age);
  });
});

describe('getAnniversary', () => {
  it.each([
    ['1990-06-15', 14, '2004-06-15'],
    ['2008-02-29', 18, '2026-02-28'],
    ['2008-02-29', 20, '2028-02-29'],
    ['2026-03-31', -18, '2008-03-31'],
    ['2024-02-29', -1, '2023-02-28'],
  ])('%s plus %i years is %s', (date, years, expected) => {
    expect(formatIsoDate(getAnniversary(day(date), years))).toBe(expected);
  });
});
