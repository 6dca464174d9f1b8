import { redactText } from '../../privacy/redact-text.js';
import type { JsonSchema } from '../../spec/types.js';

/** The annotation of the one kind of field whose value the domain must receive whole. */
const CARD_FIELD = 'card-number';

/**
 * Masks card numbers (Luhn-valid runs of 13 to 19 digits) in every string and key of a validated
 * request body, so that a number typed into free text is never stored, echoed or rendered. The
 * value of a field the schema marks `x-microf1-pii: card-number` is left whole: the domain
 * masks it itself. Parts with nothing to mask are shared with the input.
 *
 * @example
 * maskCardsInBody({ comment: 'card 4111111111111111' }, schema);
 * // { comment: 'card 411111******1111' }
 */
export function maskCardsInBody(value: unknown, schema: JsonSchema | undefined): unknown {
  if (typeof value === 'string') {
    return schema?.['x-microf1-pii'] === CARD_FIELD ? value : redactText(value);
  }
  if (Array.isArray(value)) {
    const items = asSchema(schema?.items);
    let changed = false;
    const copy = value.map((item) => {
      const masked = maskCardsInBody(item, items);
      changed ||= masked !== item;
      return masked;
    });
    return changed ? copy : value;
  }
  if (typeof value === 'object' && value !== null) {
    return maskProperties(value as Record<string, unknown>, schema);
  }
  return value;
}

function maskProperties(value: Record<string, unknown>, schema: JsonSchema | undefined) {
  const properties = (schema?.properties ?? {}) as Record<string, unknown>;
  // Copied only from the first key or value that changes: most bodies hold no card number.
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const item = value[key];
    const own = Object.hasOwn(properties, key) ? properties[key] : schema?.additionalProperties;
    const maskedKey = redactText(key);
    const masked = maskCardsInBody(item, asSchema(own));
    if (copy === undefined && (maskedKey !== key || masked !== item)) {
      copy = {};
      for (const earlier of keys.slice(0, index)) copy[earlier] = value[earlier];
    }
    if (copy !== undefined) copy[maskedKey] = masked;
  }
  return copy ?? value;
}

function asSchema(node: unknown): JsonSchema | undefined {
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}
