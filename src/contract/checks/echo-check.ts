import { normalizeBySchema } from '../../spec/index.js';
import type { JsonSchema } from '../../spec/index.js';
import type { ViolationDetail } from '../types.js';
import {
  childPointer,
  fail,
  findRequestSchema,
  isRecord,
  propertiesOf,
  type ResponseCheck,
} from './check.js';

/**
 * A successful response's field that has the name and place of a field the request sent (at the
 * top level or nested) holds the sent value, or its normalised form (`x-microf1-normalize`).
 * Decimal fields (`x-microf1-decimal`) compare as numbers, so `15000` equals `15000.00`.
 * Write-only fields and card numbers are never compared: they must not come back at all.
 */
export const echoConsistent: ResponseCheck = {
  name: 'echo-consistent',
  run(input) {
    const { request, response } = input;
    if (response.status < 200 || response.status >= 300 || !isRecord(response.json))
      return undefined;
    if (!isRecord(request.value)) return undefined;

    const violations: ViolationDetail[] = [];
    compareFields(request.value, response.json, findRequestSchema(input), '', violations);
    if (violations.length === 0) return [];
    return [
      fail(
        'echo-consistent',
        `the response changed ${violations.length} value(s) the request sent`,
        violations,
      ),
    ];
  },
};

function compareFields(
  sent: Record<string, unknown>,
  received: Record<string, unknown>,
  schema: JsonSchema | undefined,
  pointer: string,
  violations: ViolationDetail[],
): void {
  const properties = propertiesOf(schema);
  for (const [key, value] of Object.entries(sent)) {
    const property = properties[key];
    if (property?.writeOnly === true || property?.['x-microf1-pii'] === 'card-number') continue;
    if (!Object.hasOwn(received, key) || value === undefined) continue;
    const answer = received[key];
    const at = childPointer(pointer, key);

    if (isRecord(value) && isRecord(answer)) {
      compareFields(value, answer, property, at, violations);
    } else if (!isRecord(value) && !Array.isArray(value) && !isSame(value, answer, property)) {
      const isPersonal = property?.['x-microf1-pii'] !== undefined;
      const message = isPersonal
        ? 'differs from the value the request sent'
        : `holds ${JSON.stringify(answer)}, the request sent ${JSON.stringify(value)}`;
      violations.push({ pointer: at, message });
    }
  }
}

/** Whether the answer is the sent value, as the spec says the server stores it. */
function isSame(sent: unknown, answer: unknown, schema: JsonSchema | undefined): boolean {
  const stored = normalizeBySchema(sent, schema);
  const isDecimal =
    schema?.['x-microf1-decimal'] !== undefined || schema?.['x-microf1-normalize'] === 'decimal';
  if (isDecimal) {
    const [left, right] = [toNumber(stored), toNumber(answer)];
    if (left !== undefined && right !== undefined) return left === right;
  }
  return String(stored) === String(answer);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^-?\d+([.,]\d+)?$/.test(value.trim())) return undefined;
  return Number(value.trim().replace(',', '.'));
}
