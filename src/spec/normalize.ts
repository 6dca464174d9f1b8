import type { JsonSchema } from './types.js';

/** What `x-microf1-normalize` can ask of a string value. */
const NORMALIZERS: Readonly<Record<string, (value: string) => string>> = {
  digits: (value) => value.replace(/\D+/g, ''),
  decimal: (value) => value.replace(',', '.'),
};

/**
 * Returns a validated value in the form the server stores it, as the schema's
 * `x-microf1-normalize` annotations say (`45 12` becomes `4512`, `0,5` becomes `0.5`). Objects and
 * arrays holding an annotated value are copied; parts no annotation reaches are shared with the
 * input, and a value no annotation reaches is returned as it is.
 */
export function normalizeBySchema(value: unknown, schema: JsonSchema | undefined): unknown {
  if (schema === undefined || !reachesNormalizer(schema)) {
    return value;
  }
  if (typeof value === 'string') {
    const normalize = NORMALIZERS[String(schema['x-microf1-normalize'])];
    return normalize === undefined ? value : normalize(value);
  }
  if (Array.isArray(value)) {
    return value.map((item) => normalizeBySchema(item, schema.items as JsonSchema | undefined));
  }
  if (typeof value === 'object' && value !== null) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const copy: Record<string, unknown> = { ...value };
    for (const key of listNormalizedKeys(schema)) {
      if (Object.hasOwn(copy, key)) copy[key] = normalizeBySchema(copy[key], properties[key]);
    }
    return copy;
  }
  return value;
}

const reaching = new WeakMap<JsonSchema, boolean>();
const normalizedKeys = new WeakMap<JsonSchema, readonly string[]>();

/** Whether an annotation stands on the schema, its items or any of its properties, deeply. */
function reachesNormalizer(schema: JsonSchema): boolean {
  let reaches = reaching.get(schema);
  if (reaches === undefined) {
    reaches = searchNormalizer(schema);
    reaching.set(schema, reaches);
  }
  return reaches;
}

/** Walks the schema's items and properties once each (a schema may contain itself). */
function searchNormalizer(root: JsonSchema): boolean {
  const seen = new Set<JsonSchema>();
  const pending = [root];
  for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
    if (seen.has(schema)) continue;
    seen.add(schema);
    if (schema['x-microf1-normalize'] !== undefined || reaching.get(schema) === true) return true;
    const parts = [schema.items, ...Object.values(schema.properties ?? {})];
    for (const part of parts) {
      if (typeof part === 'object' && part !== null) pending.push(part as JsonSchema);
    }
  }
  return false;
}

/** The properties of an object schema that an annotation reaches. */
function listNormalizedKeys(schema: JsonSchema): readonly string[] {
  let keys = normalizedKeys.get(schema);
  if (keys === undefined) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    keys = Object.keys(properties).filter((key) => {
      const property = properties[key];
      return typeof property === 'object' && property !== null && reachesNormalizer(property);
    });
    normalizedKeys.set(schema, keys);
  }
  return keys;
}

/** Lists the properties of an object schema that carry an annotation, with its value. */
export function findAnnotated(
  schema: JsonSchema | undefined,
  keyword: string,
): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    if (property[keyword] !== undefined) {
      found.set(name, property[keyword]);
    }
  }
  return found;
}
