import { describe, expect, it } from 'vitest';
import { createSeededFaker, deriveSeed } from './seed.js';

describe('deriveSeed', () => {
  it('is stable and separates seeds, kinds and indexes', () => {
    expect(deriveSeed(42, 'profile', 0)).toBe(deriveSeed(42, 'profile', 0));
    const seeds = new Set([
      deriveSeed(42, 'profile', 0),
      deriveSeed(42, 'profile', 1),
      deriveSeed(42, 'credit', 0),
      deriveSeed(43, 'profile', 0),
      deriveSeed('42', 'profile', 10),
    ]);
    expect(seeds.size).toBe(5);
  });

  it('gives each entity its own stream, whatever was drawn before', () => {
    const first = createSeededFaker(1, 'profile', 5);
    first.string.numeric(100);
    const again = createSeededFaker(1, 'profile', 5);
    expect(createSeededFaker(1, 'profile', 5).string.numeric(20)).toBe(again.string.numeric(20));
  });
});
