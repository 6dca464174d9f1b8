import type { JsonSchema } from './types.js';

/** What `x-microf1-normalize` can ask of a string value. */
const NORMALIZERS: Readonly<Record<string, (value: string) => string>> = {
  digits: (value) => value.replace(/\D+/g, ''),
  decimal: (value) => value.replace(',', '.'),
};

/**
 * Returns a copy of a validated value in the form the server stores it, as the schema's
 * `x-microf1-normalize` annotations say (`45 12` becomes `4512`, `0,5` becomes `0.5`).
 */
export function normalizeBySchema(value: unknown, schema: JsonSchema | undefined): unknown {
  if (schema === undefined) {
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
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normalizeBySchema(item, properties[key])]),
    );
  }
  return value;
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
