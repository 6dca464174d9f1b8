/**
 * Discovery of the personal-data fields a spec marks with `x-microf1-pii`, so the redaction rules
 * follow the spec instead of a list kept by hand.
 */

import { isPiiKind, type PiiKind } from './redaction-policy.js';
import type { SensitiveField } from './redact-value.js';

const PII_KEYWORD = 'x-microf1-pii';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const MAX_REF_HOPS = 8;

/** Follows local `$ref`s (`#/components/schemas/Inn`) to the schema they name. */
function resolveRef(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < MAX_REF_HOPS; hop += 1) {
    if (!isRecord(current) || typeof current.$ref !== 'string') return current;
    if (!current.$ref.startsWith('#/')) return current;

    const tokens = current.$ref.slice(2).split('/');
    current = tokens.reduce<unknown>((target, token) => {
      const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
      return isRecord(target) ? target[key] : undefined;
    }, root);
  }
  return current;
}

/** The kind a schema or parameter declares, looking through `$ref` and a parameter's `schema`. */
function readKind(root: unknown, node: unknown): PiiKind | undefined {
  const target = resolveRef(root, node);
  if (!isRecord(target)) return undefined;
  const own = target[PII_KEYWORD];
  if (isPiiKind(own)) return own;
  const nested = resolveRef(root, target.schema);
  const nestedKind = isRecord(nested) ? nested[PII_KEYWORD] : undefined;
  return isPiiKind(nestedKind) ? nestedKind : undefined;
}

/**
 * Walks an OpenAPI or JSON Schema document and lists every property and parameter whose schema
 * carries `x-microf1-pii` (directly or through a local `$ref`), once per name. The result feeds {@link redactValue} and the logger.
 *
 * @example
 * collectPiiFields({ properties: { inn: { type: 'string', 'x-microf1-pii': 'inn' } } })
 * // [{ name: 'inn', kind: 'inn' }]
 */
export function collectPiiFields(document: unknown): SensitiveField[] {
  const found = new Map<string, PiiKind>();
  const visited = new Set<object>();

  const visit = (node: unknown): void => {
    if (!isRecord(node) || visited.has(node)) return;
    visited.add(node);

    // A parameter object names its field in `name`.
    const kind = readKind(document, node);
    if (kind && typeof node.name === 'string' && typeof node.in === 'string') {
      if (!found.has(node.name)) found.set(node.name, kind);
    }

    if (isRecord(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) {
        const propertyKind = readKind(document, schema);
        if (propertyKind && !found.has(name)) found.set(name, propertyKind);
      }
    }

    for (const child of Object.values(node)) visit(child);
  };

  visit(document);
  return [...found].map(([name, kind]) => ({ name, kind }));
}
