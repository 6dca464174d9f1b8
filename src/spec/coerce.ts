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
  // Any run of digits is a number, however long: one beyond the exact range of a double is
  // read as the nearest double, for the schema's bounds to judge, as JSON.parse reads it in a
  // JSON body. Only what no double holds (past 1e308) stays text, for the type check to refuse.
  if (types.includes('integer') && /^-?\d+$/.test(value)) {
    return finiteOr(Number(value), value);
  }
  if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(value)) {
    return finiteOr(Number(value), value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) {
    return value === 'true';
  }
  return value;
}

function finiteOr(number: number, text: string): number | string {
  return Number.isFinite(number) ? number : text;
}

function typesOf(schema: JsonSchema): unknown[] {
  const type = schema.type;
  return Array.isArray(type) ? type : [type];
}
