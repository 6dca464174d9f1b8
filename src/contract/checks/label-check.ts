import type { JsonSchema } from '../../spec/index.js';
import type { ViolationDetail } from '../types.js';
import {
  childPointer,
  fail,
  findResponseSchema,
  isRecord,
  propertiesOf,
  type ResponseCheck,
} from './check.js';

/**
 * A property the spec marks `x-microf1-label-of: <other>` holds the label that the other
 * property's `x-enum-descriptions` gives for its value (a status and its Russian label agree).
 */
export const labelConsistent: ResponseCheck = {
  name: 'label-consistent',
  run(input) {
    const schema = findResponseSchema(input);
    if (schema === undefined || input.response.json === undefined) return undefined;
    const violations: ViolationDetail[] = [];
    const found = visitLabels(input.response.json, schema, '', violations);
    if (!found) return undefined;
    if (violations.length === 0) return [];
    return [fail('label-consistent', 'a label does not match the value it names', violations)];
  },
};

/** Checks every labelled pair in a value; whether the schema has any. */
function visitLabels(
  value: unknown,
  schema: JsonSchema | undefined,
  pointer: string,
  violations: ViolationDetail[],
): boolean {
  if (Array.isArray(value)) {
    const items = schema?.items as JsonSchema | undefined;
    return value
      .map((item, index) => visitLabels(item, items, `${pointer}/${index}`, violations))
      .some(Boolean);
  }
  if (!isRecord(value)) return false;
  const properties = propertiesOf(schema);
  let found = false;
  for (const [key, property] of Object.entries(properties)) {
    const of = property['x-microf1-label-of'];
    if (typeof of === 'string') {
      found = true;
      checkPair(value, key, of, properties[of], pointer, violations);
    }
    if (Object.hasOwn(value, key))
      found = visitLabels(value[key], property, childPointer(pointer, key), violations) || found;
  }
  return found;
}

function checkPair(
  value: Record<string, unknown>,
  labelName: string,
  of: string,
  ofSchema: JsonSchema | undefined,
  pointer: string,
  violations: ViolationDetail[],
): void {
  const values = ofSchema?.enum as unknown[] | undefined;
  const labels = ofSchema?.['x-enum-descriptions'] as unknown[] | undefined;
  if (!Array.isArray(values) || !Array.isArray(labels)) return;
  if (!Object.hasOwn(value, labelName) || !Object.hasOwn(value, of)) return;
  const expected = labels[values.indexOf(value[of])];
  if (expected === undefined || expected === value[labelName]) return;
  violations.push({
    pointer: childPointer(pointer, labelName),
    message: `is ${JSON.stringify(value[labelName])}, but ${of} ${JSON.stringify(value[of])} is labelled ${JSON.stringify(expected)}`,
  });
}
