import { maskCardNumber } from '../../privacy/index.js';
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

/** A masked form of a field the spec declares with `x-microf1-masks`, and where it stands. */
interface MaskedValue {
  readonly of: string;
  readonly form: 'first6-last4' | 'last4';
  readonly value: string;
  readonly pointer: string;
}

/**
 * The masked forms of a card number in a response (`x-microf1-masks: { of, form }`, where form
 * is `first6-last4` or `last4`) agree with each other, and with the card the request sent in the
 * field they name: the same first six and last four digits. Messages never show a full number.
 */
export const cardMaskConsistent: ResponseCheck = {
  name: 'card-mask-consistent',
  run(input) {
    const schema = findResponseSchema(input);
    if (schema === undefined || !isRecord(input.response.json)) return undefined;
    const masks: MaskedValue[] = [];
    collectMasks(input.response.json, schema, '', masks);
    if (masks.length === 0) return undefined;

    const violations: ViolationDetail[] = [];
    for (const mask of masks) {
      const sent = findSent(input.request.value, mask.of);
      const digits = typeof sent === 'string' ? sent.replace(/\D/g, '') : undefined;
      const last4 = mask.value.slice(-4);
      const others = masks.filter((other) => other.of === mask.of && other !== mask);
      if (others.some((other) => other.value.slice(-4) !== last4))
        violations.push({ pointer: mask.pointer, message: 'disagrees with the other masked form' });
      if (digits === undefined || digits.length < 10) continue;
      const isFirst6Wrong =
        mask.form === 'first6-last4' && mask.value.slice(0, 6) !== digits.slice(0, 6);
      if (isFirst6Wrong || last4 !== digits.slice(-4)) {
        violations.push({
          pointer: mask.pointer,
          message: `does not mask the card sent (${maskCardNumber(digits)})`,
        });
      }
    }
    if (violations.length === 0) return [];
    return [fail('card-mask-consistent', 'the masked card disagrees', violations)];
  },
};

function collectMasks(
  value: Record<string, unknown>,
  schema: JsonSchema,
  pointer: string,
  masks: MaskedValue[],
): void {
  for (const [key, property] of Object.entries(propertiesOf(schema))) {
    const item = value[key];
    const at = childPointer(pointer, key);
    const declared = property['x-microf1-masks'] as { of?: unknown; form?: unknown } | undefined;
    if (isRecord(declared) && typeof item === 'string' && typeof declared.of === 'string') {
      const form = declared.form === 'last4' ? 'last4' : 'first6-last4';
      masks.push({ of: declared.of, form, value: item, pointer: at });
    }
    if (isRecord(item)) collectMasks(item, property, at, masks);
  }
}

/** The value the request sent under a field name, at any depth. */
function findSent(value: unknown, name: string): unknown {
  if (!isRecord(value)) return undefined;
  if (Object.hasOwn(value, name)) return value[name];
  for (const item of Object.values(value)) {
    const found = findSent(item, name);
    if (found !== undefined) return found;
  }
  return undefined;
}
