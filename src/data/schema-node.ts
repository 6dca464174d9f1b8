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
