import { describe, expect, it } from 'vitest';
import { createKeyIndex } from './key-index.js';

describe('createKeyIndex', () => {
  it('numbers keys in the order they were first added, and finds each again', () => {
    const index = createKeyIndex();
    const keys = Array.from({ length: 5000 }, (_, n) => String(7_700_000_000 + n * 7919));

    expect(keys.map((key) => index.add(key))).toEqual(keys.map((_, n) => n));
    expect(index.size).toBe(5000);
    expect(keys.map((key) => index.find(key))).toEqual(keys.map((_, n) => n));
  });

  it('gives a key added again its first number', () => {
    const index = createKeyIndex();
    index.add('a');
    index.add('b');

    expect(index.add('a')).toBe(0);
    expect(index.size).toBe(2);
  });

  it('finds nothing for a key never added, the empty text and look-alikes included', () => {
    const index = createKeyIndex();
    index.add('7707083893');
    index.add('Ёж "в кавычках" \\ 😀');

    expect(index.find('770708389')).toBe(-1);
    expect(index.find('')).toBe(-1);
    expect(index.find('Ёж "в кавычках" \\ 😀')).toBe(1);
  });
});
