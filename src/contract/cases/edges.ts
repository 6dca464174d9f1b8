import type { DecimalRule } from '../../rules/index.js';
import type { JsonSchema } from '../../spec/index.js';
import { childPointer, setAtPointer } from './pointer.js';

/** A valid document with one field at a bound of its schema. */
export interface EdgeVariant {
  readonly name: string;
  readonly value: unknown;
}

/**
 * Valid documents that put one top-level field at a time on a bound its schema allows: the
 * minimum and maximum of numbers and of `x-microf1-decimal` strings, and the longest string.
 * Callers keep only those that still validate.
 */
export function listEdgeVariants(schema: JsonSchema, document: unknown): EdgeVariant[] {
  if (typeof document !== 'object' || document === null) return [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const variants: EdgeVariant[] = [];

  for (const [name, value] of Object.entries(document)) {
    const node = properties[name];
    if (node === undefined) continue;
    const at = childPointer('', name);
    for (const [what, edge] of listEdges(node, value)) {
      if (edge !== value) {
        variants.push({ name: `${at} at ${what}`, value: setAtPointer(document, at, edge) });
      }
    }
  }
  return variants;
}

function listEdges(node: JsonSchema, value: unknown): [string, unknown][] {
  const edges: [string, unknown][] = [];
  if (typeof value === 'number') {
    if (typeof node.minimum === 'number') edges.push([`its minimum ${node.minimum}`, node.minimum]);
    if (typeof node.maximum === 'number') edges.push([`its maximum ${node.maximum}`, node.maximum]);
  }
  if (typeof value !== 'string') return edges;

  const decimal = node['x-microf1-decimal'] as DecimalRule | undefined;
  if (decimal !== undefined) {
    if (decimal.minimum !== undefined)
      edges.push([`its minimum ${decimal.minimum}`, decimal.minimum]);
    if (decimal.maximum !== undefined)
      edges.push([`its maximum ${decimal.maximum}`, decimal.maximum]);
  }
  if (typeof node.maxLength === 'number' && node.maxLength <= 10_000 && value.length > 0) {
    const long = value.repeat(Math.ceil(node.maxLength / value.length)).slice(0, node.maxLength);
    edges.push([`its longest, ${node.maxLength} characters`, long]);
  }
  return edges;
}
