/**
 * Deterministic, realistic Russian data: seeded personas whose documents, phones and
 * addresses agree, named generators for the spec's `x-microf1-generate`, and a walker that
 * fills any JSON Schema from them.
 *
 * @example
 * const context = createGenerationContext({ seed: 42, kind: 'profile', index: 0 });
 * const body = generateFromSchema(addUserSchema, context); // valid against the schema
 */
export { type Address, generateAddress } from './address.js';
export {
  generateAmount,
  generateComment,
  generatePercent,
  generatePurpose,
  generateTerm,
} from './credit.js';
export type { Children, Family, FamilyStatus } from './family.js';
export {
  createGenerationContext,
  type GenerationContext,
  type GenerationOptions,
  generateFromSchema,
} from './generate-from-schema.js';
export {
  generateInn10,
  generateLandline,
  generateMirCard,
  generateMobilePhone,
  generateName,
  type PersonName,
  type Sex,
} from './identity.js';
export type { WorkPost } from './occupation.js';
export { generatePassport, type Passport } from './passport.js';
export { generateFromPattern } from './pattern.js';
export {
  createPersona,
  DEFAULT_REFERENCE_DATE,
  type Persona,
  type PersonaOptions,
} from './persona.js';
export { REGIONS, type Region } from './regions.js';
export type { JsonSchemaNode } from './schema-node.js';
export {
  GENERATORS,
  type GeneratorInput,
  type GeneratorRegistry,
  type NamedGenerator,
} from './registry.js';
export { createSeededFaker, deriveSeed } from './seed.js';
export type { Income, Work } from './work.js';
