import { describe, expect, it } from 'vitest';
import { cardDigits, containsCard, maskCards } from './card-match.js';

const CARD = '2202201234565899';

describe('finding a sent card number', () => {
  it.each([
    ['with no separator', `карта ${CARD}`],
    ['in groups of four', 'card 2202 2012 3456 5899'],
    ['parted by colons', '2202:2012:3456:5899'],
    ['parted by four spaces', '2202    2012    3456    5899'],
    ['parted by dots', '2202.2012.3456.5899'],
    ['parted by bars', '2202|2012|3456|5899'],
    ['parted by slashes and a no-break space', '2202/2012\u00a03456/5899'],
    ['parted by five characters', '2202 :-: 2012 :-: 3456 :-: 5899'],
    ['digit by digit', '2-2-0-2-2-0-1-2-3-4-5-6-5-8-9-9'],
    ['in fullwidth digits', '２２０２２０１２３４５６５８９９'],
    ['in fullwidth digits with spaces', '２２０２ ２０１２ ３４５６ ５８９９'],
    ['inside a longer run of digits', `00${CARD}00`],
  ])('finds it %s', (_name, text) => {
    expect(containsCard(text, CARD)).toBe(true);
  });

  it.each([
    ['with a letter between groups', '2202 2012 x 3456 5899'],
    ['spread over words', 'room 2202, flat 2012, code 3456, pin 5899'],
    ['parted by six characters', '2202 :-:-: 2012 3456 5899'],
    ['with a digit between groups', '2202 2012 0 3456 5899'],
    ['with a Cyrillic letter between groups', '2202 2012 и 3456 5899'],
    ['masked', '220220******5899'],
    ['another card', '2200 7000 1234 5673'],
  ])('does not find it %s', (_name, text) => {
    expect(containsCard(text, CARD)).toBe(false);
  });

  it('answers at once on a large body of digit runs', () => {
    const parted = '12 34 5.6 7:8 ab '.repeat(300_000);
    const oneRun = '1 '.repeat(1_000_000);
    const started = performance.now();

    expect(containsCard(`${parted}2202:2012:3456:5899`, CARD)).toBe(true);
    expect(containsCard(`${oneRun}2202:2012:3456:589`, CARD)).toBe(false);
    expect(maskCards(oneRun, [CARD])).toBe(oneRun);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads the digits of a sent value, and only when there are enough', () => {
    expect(cardDigits('2202 2012 3456 5899')).toBe(CARD);
    expect(cardDigits('１２３')).toBeUndefined();
  });
});

describe('masking sent card numbers', () => {
  it.each([
    ['2202:2012:3456:5899', '2202:20**:****:5899'],
    [
      'card 2202|2012|3456|5899 and 2202.2012.3456.5899',
      'card 2202|20**|****|5899 and 2202.20**.****.5899',
    ],
    ['２２０２２０１２３４５６５８９９', '２２０２２０******５８９９'],
    [`id ${CARD}`, 'id 220220******5899'],
    ['2202 2012 x 3456 5899', '2202 2012 x 3456 5899'],
    ['nothing here', 'nothing here'],
  ])('masks %s', (text, masked) => {
    expect(maskCards(text, [CARD])).toBe(masked);
  });

  it('masks every card it is given, and leaves the text alone without any', () => {
    const other = '2200700012345673';
    const text = `${CARD} / 2200:7000:1234:5673`;

    expect(maskCards(text, [CARD, other])).toBe('220220******5899 / 2200:70**:****:5673');
    expect(maskCards(text, [])).toBe(text);
  });
});
