import { describe, expect, it } from 'vitest';
import { memoizeBounded } from './memoize-bounded.js';

describe('memoizeBounded', () => {
  it('computes each answer once, undefined ones included, and starts over past its limit', () => {
    const computed: string[] = [];
    const read = memoizeBounded((key) => {
      computed.push(key);
      return key === 'none' ? undefined : key.length;
    }, 2);

    expect(read('ab')).toBe(2);
    expect(read('ab')).toBe(2);
    expect(read('none')).toBeUndefined();
    expect(read('none')).toBeUndefined();
    expect(computed).toEqual(['ab', 'none']);

    read('abc');
    read('ab');
    expect(computed).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
