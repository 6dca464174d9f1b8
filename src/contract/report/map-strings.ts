/**
 * A copy of a JSON-like value (a report, a body) with every string, object keys included, passed
 * through `change`; numbers, booleans and `null` stay as they are.
 *
 * @example mapStrings({ note: 'a' }, (text) => text.toUpperCase()) // { note: 'A' }
 */
export function mapStrings<Value>(value: Value, change: (text: string) => string): Value {
  return mapValue(value, change) as Value;
}

function mapValue(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapValue(item, change));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [change(key), mapValue(item, change)]),
  );
}
