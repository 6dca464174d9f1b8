import { base, Faker, ru } from '@faker-js/faker';

/**
 * A 32-bit seed for one entity, from the run's seed, the kind of entity and its index
 * (FNV-1a over the three joined). Entity N gets the same seed whatever else was generated.
 *
 * @example deriveSeed(42, 'profile', 0) === deriveSeed(42, 'profile', 0) // true
 */
export function deriveSeed(seed: number | string, kind: string, index: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${kind}\u0000${index}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A Russian-locale faker seeded for one entity. Each call returns a fresh instance, so
 * entities never share a random stream.
 */
export function createSeededFaker(seed: number | string, kind: string, index: number): Faker {
  const faker = new Faker({ locale: [ru, base] });
  faker.seed(deriveSeed(seed, kind, index));
  return faker;
}
