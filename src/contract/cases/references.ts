import type { JsonSchema } from '../../spec/index.js';
import type { RunContext } from '../run/context.js';

/** Creates one resource of a kind on the target; resolves to whether it worked. */
export type CreateResource = (kind: string) => Promise<boolean>;

/** The outcome of filling references: the body, or why it cannot be made valid. */
export type Referenced =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly reason: string };

/**
 * Fills every top-level field marked `x-microf1-references: <kind>` with the key of a resource
 * of that kind the target really holds, creating one first when the run has none yet. Fields
 * listed in `keep` are left as they are.
 */
export async function fillReferences(
  context: RunContext,
  schema: JsonSchema | undefined,
  body: Readonly<Record<string, unknown>>,
  createResource: CreateResource,
  keep: readonly string[] = [],
): Promise<Referenced> {
  const copy: Record<string, unknown> = { ...body };
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;

  for (const [name, property] of Object.entries(properties)) {
    const kind = property['x-microf1-references'];
    if (typeof kind !== 'string' || keep.includes(name)) continue;

    if (context.pool.keysOf(kind).length === 0 && !(await createResource(kind))) {
      return { ok: false, reason: `no ${kind} could be created for the field "${name}"` };
    }
    const keys = context.pool.keysOf(kind);
    copy[name] = keys[keys.length - 1];
  }
  return { ok: true, value: copy };
}

/** The operation and field that create resources of a kind (`x-microf1-unique: <kind>`). */
export function findCreator(
  context: RunContext,
  kind: string,
): { operationId: string; field: string } | undefined {
  for (const operation of context.contract.operations) {
    const schema = operation.requestBody?.content[0]?.schema;
    const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
    for (const [field, property] of Object.entries(properties)) {
      if (property['x-microf1-unique'] === kind)
        return { operationId: operation.operationId, field };
    }
  }
  return undefined;
}
