/**
 * Deep, non-mutating redaction of JSON-like values: request and response bodies, log objects,
 * journal entries, report details.
 */

import { maskField } from './mask-field.js';
import type { PiiKind, RedactionPolicy } from './redaction-policy.js';
import { redactText } from './redact-text.js';

/** A value that JSON can carry. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A field that holds personal data: its property name (exact, or a pattern) and its kind. */
export interface SensitiveField {
  name: string | RegExp;
  kind: PiiKind;
}

interface RedactionContext {
  policy: RedactionPolicy;
  fields: readonly SensitiveField[];
  ancestors: Set<object>;
}

/**
 * The kind of personal data a property holds, if its name is listed.
 *
 * @example findFieldKind('inn', [{ name: 'inn', kind: 'inn' }]) // 'inn'
 */
export function findFieldKind(
  name: string,
  fields: readonly SensitiveField[],
): PiiKind | undefined {
  const field = fields.find((candidate) =>
    typeof candidate.name === 'string' ? candidate.name === name : candidate.name.test(name),
  );
  return field?.kind;
}

/** A number as the text rule sees it; a masked number becomes a string. */
function redactNumber(value: number, kind: PiiKind | undefined, context: RedactionContext) {
  if (!Number.isSafeInteger(value)) return value;

  const text = String(value);
  const masked = kind ? maskField(text, kind, context.policy) : redactText(text, context.policy);
  return masked === text ? value : masked;
}

/** Turns objects with a JSON form of their own (dates, errors) into plain data first. */
function toPlainData(value: object): unknown {
  if (value instanceof Error) {
    return { ...value, type: value.name, message: value.message, stack: value.stack };
  }
  const withJson = value as { toJSON?: unknown };
  return typeof withJson.toJSON === 'function' ? withJson.toJSON() : value;
}

function redactNode(
  value: unknown,
  kind: PiiKind | undefined,
  context: RedactionContext,
): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return redactNumber(value, kind, context);
  if (typeof value === 'bigint') return redactNode(String(value), kind, context);
  if (typeof value === 'string') {
    return kind ? maskField(value, kind, context.policy) : redactText(value, context.policy);
  }
  if (typeof value !== 'object') return null;

  const plain = toPlainData(value);
  if (plain !== value) return redactNode(plain, kind, context);

  // Shared references are copied again; only a true cycle is cut.
  if (context.ancestors.has(value)) return '[Circular]';
  context.ancestors.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => redactNode(item, kind, context))
    : redactProperties(value, context);
  context.ancestors.delete(value);
  return copy;
}

function redactProperties(value: object, context: RedactionContext): { [key: string]: JsonValue } {
  const copy: { [key: string]: JsonValue } = {};

  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    const kind = findFieldKind(key, context.fields);
    copy[redactText(key, context.policy)] = redactNode(item, kind, context);
  }
  return copy;
}

/**
 * Returns a redacted deep copy of a value, never touching the input. Fields named in `fields` are
 * masked by their kind (card numbers always; INNs and passport data under the `log` policy), and
 * every other string goes through {@link redactText}, so a card number is masked wherever it
 * hides. Dates and errors become their JSON form; a cycle becomes `'[Circular]'`.
 *
 * @example
 * redactValue({ inn: '7707083893', note: 'card 2202201234565899' }, 'log', [
 *   { name: 'inn', kind: 'inn' },
 * ]) // { inn: '77********', note: 'card 220220******5899' }
 */
export function redactValue(
  value: unknown,
  policy: RedactionPolicy,
  fields: readonly SensitiveField[] = [],
): JsonValue {
  return redactNode(value, undefined, { policy, fields, ancestors: new Set() });
}
