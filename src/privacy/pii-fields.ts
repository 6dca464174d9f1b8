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

/** The kind a schema or parameter declares, looking into a parameter's `schema` too. */
function readKind(node: unknown): PiiKind | undefined {
  if (!isRecord(node)) return undefined;
  const own = node[PII_KEYWORD];
  if (isPiiKind(own)) return own;
  const nested = isRecord(node.schema) ? node.schema[PII_KEYWORD] : undefined;
  return isPiiKind(nested) ? nested : undefined;
}

/**
 * Walks an OpenAPI or JSON Schema document and lists every property and parameter whose schema
 * carries `x-microf1-pii`, once per name. The result feeds {@link redactValue} and the logger.
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
    const kind = readKind(node);
    if (kind && typeof node.name === 'string' && typeof node.in === 'string') {
      if (!found.has(node.name)) found.set(node.name, kind);
    }

    if (isRecord(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) {
        const propertyKind = readKind(schema);
        if (propertyKind && !found.has(name)) found.set(name, propertyKind);
      }
    }

    for (const child of Object.values(node)) visit(child);
  };

  visit(document);
  return [...found].map(([name, kind]) => ({ name, kind }));
}
