/** A JSON Schema 2020-12 node as plain data, `$ref`s already resolved. */
export type JsonSchemaNode = Readonly<Record<string, unknown>>;

/** The node's type, the first that is not `null` when it lists several. */
export function readType(node: JsonSchemaNode): string | undefined {
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type))
    return node.type.find((type) => type !== 'null') as string | undefined;
  if (node.properties !== undefined) return 'object';
  if (node.items !== undefined) return 'array';
  return undefined;
}

/** The node's sub-schema under a keyword, when it is an object. */
export function readNode(value: unknown): JsonSchemaNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonSchemaNode)
    : undefined;
}

/**
 * The node with its composition resolved for generation: `allOf` branches merged into it
 * (properties and required lists joined), or the first branch of `oneOf`/`anyOf` laid over
 * it. The node itself when it has none.
 */
export function flattenComposition(node: JsonSchemaNode): JsonSchemaNode {
  const { allOf, oneOf, anyOf, ...rest } = node;
  const first = readNode((Array.isArray(oneOf) ? oneOf : Array.isArray(anyOf) ? anyOf : [])[0]);
  if (!Array.isArray(allOf) && first === undefined) return node;

  let merged: Record<string, unknown> = { ...rest };
  for (const branch of [...(Array.isArray(allOf) ? allOf : []), first]) {
    const part = readNode(branch);
    if (part === undefined) continue;
    merged = {
      ...merged,
      ...part,
      properties: { ...readNode(merged.properties), ...readNode(part.properties) },
      required: [...readList(merged.required), ...readList(part.required)],
    };
  }
  return flattenComposition(merged);
}

function readList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
