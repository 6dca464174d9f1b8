import type { JsonSchema } from './types.js';

/**
 * Reads the string values of a form (or a query) into the types their schema declares: digit
 * strings become integers and numbers, `true`/`false` booleans. A value that does not read as
 * its type is left as it is, so that validation reports it against the schema.
 *
 * @example
 * coerceBySchema({ income: '85000' }, schema); // { income: 85000 }
 */
export function coerceBySchema(value: unknown, schema: JsonSchema | undefined): unknown {
  if (schema === undefined) {
    return value;
  }
  if (typeof value === 'string') {
    return coerceScalar(value, schema);
  }
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    return value.map((item) => coerceBySchema(item, items));
  }
  if (typeof value === 'object' && value !== null) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, coerceBySchema(item, properties[key])]),
    );
  }
  return value;
}

function coerceScalar(value: string, schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (types.includes('string')) {
    return value;
  }
  if (types.includes('integer') && /^-?\d{1,15}$/.test(value)) {
    return Number(value);
  }
  if (types.includes('number') && /^-?\d{1,15}(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) {
    return value === 'true';
  }
  return value;
}

function typesOf(schema: JsonSchema): unknown[] {
  const type = schema.type;
  return Array.isArray(type) ? type : [type];
}
