import type { Faker } from '@faker-js/faker';
import { createPersona, DEFAULT_REFERENCE_DATE, type Persona } from './persona.js';
import { GENERATORS, type GeneratorRegistry } from './registry.js';
import { generateNumber, generateString, readNumber } from './generate-scalar.js';
import { flattenComposition, type JsonSchemaNode, readNode, readType } from './schema-node.js';
import { createSeededFaker } from './seed.js';

/** What {@link generateFromSchema} draws on. */
export interface GenerationContext {
  /** The person the document describes; named generators read it. */
  persona: Persona;
  /** The random stream of this one document. */
  faker: Faker;
  /** The day dates are generated against, `YYYY-MM-DD`. */
  referenceDate: string;
  /** Named generators for `x-microf1-generate`; the built-in ones by default. */
  registry?: GeneratorRegistry;
  /** The chance that an optional property without a generator is filled; 0.5 by default. */
  optionalRate?: number;
  /**
   * Which way the document travels: a `request` (the default) leaves out `readOnly`
   * properties, a `response` leaves out `writeOnly` ones.
   */
  direction?: 'request' | 'response';
}

/** Options of {@link createGenerationContext}. */
export interface GenerationOptions {
  seed: number | string;
  /** The kind of document, such as `profile` or `credit`: each kind has its own stream. */
  kind: string;
  index: number;
  /** The person to describe; by default the persona (seed, index). */
  persona?: Persona;
  referenceDate?: string;
  /** The day the persona's documents must still be valid on (see `createPersona`). */
  validOn?: string;
}

/**
 * The context for document `index` of a kind: a seeded stream and a persona. For a credit,
 * pass the owner's persona so the card and INN are the owner's.
 *
 * @example
 * const owner = createPersona(42, 3);
 * createGenerationContext({ seed: 42, kind: 'credit', index: 7, persona: owner });
 */
export function createGenerationContext(options: GenerationOptions): GenerationContext {
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const validOn = options.validOn ?? referenceDate;
  const persona =
    options.persona ?? createPersona(options.seed, options.index, { referenceDate, validOn });
  const faker = createSeededFaker(options.seed, options.kind, options.index);
  return { persona, faker, referenceDate };
}

/**
 * A value that validates against `schema` (plain JSON Schema 2020-12, `$ref`s resolved).
 * A node with `x-microf1-generate` takes that generator's value; otherwise its `const`,
 * `enum`, `format`, `x-microf1-decimal`, `pattern`, or type and bounds decide. Optional
 * properties are filled by chance, and a filled property brings its `dependentRequired`
 * companions, so a field added to the spec is generated with no code change.
 *
 * @example generateFromSchema(addUserSchema, createGenerationContext({ seed: 1, kind: 'profile', index: 0 }))
 */
export function generateFromSchema(schema: JsonSchemaNode, context: GenerationContext): unknown {
  return generateNode(schema, context);
}

function generateNode(node: JsonSchemaNode, context: GenerationContext): unknown {
  const named = generateNamed(node, context);
  if (named !== undefined) return named;

  if ('const' in node) return node.const;
  if (Array.isArray(node.enum)) return context.faker.helpers.arrayElement(node.enum);
  const flat = flattenComposition(node);
  if (flat !== node) return generateNode(flat, context);

  switch (readType(node)) {
    case 'object':
      return generateObject(node, context);
    case 'array':
      return generateArray(node, context);
    case 'integer':
      return generateNumber(node, context.faker, true);
    case 'number':
      return generateNumber(node, context.faker, false);
    case 'boolean':
      return context.faker.datatype.boolean();
    case 'null':
      return null;
    default:
      return generateString(node, context.faker, context.referenceDate);
  }
}

/** The value of the node's named generator, `undefined` when it has none or no value. */
function generateNamed(node: JsonSchemaNode, context: GenerationContext): unknown {
  const name = node['x-microf1-generate'];
  if (typeof name !== 'string') return undefined;
  const generator = (context.registry ?? GENERATORS)[name];
  return generator?.({ persona: context.persona, faker: context.faker });
}

/**
 * An object: required properties always, optional ones by chance (those with a generator
 * whenever the persona has the value), then the companions of every filled property.
 */
function generateObject(node: JsonSchemaNode, context: GenerationContext): Record<string, unknown> {
  const properties = readNode(node.properties) ?? {};
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const companions = readNode(node.dependentRequired) ?? {};
  const result: Record<string, unknown> = {};

  // 1. Decide which properties to fill, in the order the schema lists them.
  const rate = context.optionalRate ?? 0.5;
  const hidden = context.direction === 'response' ? 'writeOnly' : 'readOnly';
  for (const [name, value] of Object.entries(properties)) {
    const property = readNode(value) ?? {};
    if (property[hidden] === true) continue;
    const wanted =
      required.has(name) ||
      property['x-microf1-generate'] !== undefined ||
      context.faker.datatype.boolean({ probability: rate });
    if (!wanted) continue;
    const generated = required.has(name)
      ? generateNode(property, context)
      : generateOptional(property, context);
    if (generated !== undefined) result[name] = generated;
  }

  // 2. A filled property brings the properties that depend on it.
  for (const [name, dependants] of Object.entries(companions)) {
    if (!(name in result) || !Array.isArray(dependants)) continue;
    for (const dependant of dependants as string[]) {
      if (dependant in result) continue;
      result[dependant] = generateNode(readNode(properties[dependant]) ?? {}, context);
    }
  }
  return result;
}

/** An optional property: with a named generator, only when the persona has the value. */
function generateOptional(node: JsonSchemaNode, context: GenerationContext): unknown {
  if (node['x-microf1-generate'] !== undefined) return generateNamed(node, context);
  return generateNode(node, context);
}

/** An array of `minItems` (at least one) to `minItems + 2` items. */
function generateArray(node: JsonSchemaNode, context: GenerationContext): unknown[] {
  const min = readNumber(node.minItems) ?? 1;
  const max = Math.max(min, Math.min(readNumber(node.maxItems) ?? min + 2, min + 2));
  const items = readNode(node.items) ?? {};
  const count = context.faker.number.int({ min, max });
  return Array.from({ length: count }, () => generateNode(items, context));
}
