import { createGenerationContext, generateFromSchema } from '../../data/index.js';
import type { JsonSchema } from '../../spec/index.js';
import type { RunContext } from '../run/context.js';

/** Generated documents start far from the indices a seeded target holds, so none repeats. */
const INDEX_OFFSET = 1_000_000;

/** The generation context of the next document of the run. */
function nextGeneration(context: RunContext, optionalRate?: number) {
  const generation = createGenerationContext({
    seed: context.seed,
    kind: 'contract',
    index: INDEX_OFFSET + context.nextIndex(),
    referenceDate: context.today,
  });
  return optionalRate === undefined ? generation : { ...generation, optionalRate };
}

/**
 * A body that satisfies every constraint of the schema, including the custom rules, with fresh
 * values in its unique fields. `optionalRate` 1 fills every optional field it can.
 */
export function generateBody(
  context: RunContext,
  schema: JsonSchema,
  optionalRate?: number,
): Record<string, unknown> {
  const value = generateFromSchema(schema, nextGeneration(context, optionalRate));
  return refreshUniqueFields(context, schema, value as Record<string, unknown>);
}

/** A value for one schema node that no earlier request of the run used. */
export function generateFreshValue(context: RunContext, node: JsonSchema): unknown {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const value = generateFromSchema(node, nextGeneration(context));
    const key = JSON.stringify(value);
    if (!context.used.has(key)) {
      context.used.add(key);
      return value;
    }
  }
  return generateFromSchema(node, nextGeneration(context));
}

/**
 * A copy of the body with a fresh value in every top-level field the spec marks
 * `x-microf1-unique`, except those listed in `keep`.
 */
export function refreshUniqueFields(
  context: RunContext,
  schema: JsonSchema,
  body: Readonly<Record<string, unknown>>,
  keep: readonly string[] = [],
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...body };
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    if (property['x-microf1-unique'] === undefined || keep.includes(name)) continue;
    copy[name] = generateFreshValue(context, property);
  }
  return copy;
}
