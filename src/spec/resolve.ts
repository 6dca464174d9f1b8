import type { JsonSchema, OpenApiDocument } from './types.js';

/** Reads the value at a local JSON pointer (`#/components/schemas/X`) of a document. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) {
    throw new Error(`only local references are supported, got "${pointer}"`);
  }
  const tokens = pointer.slice(1).split('/').slice(1).map(unescapeToken);
  let node: unknown = document;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !(token in node)) {
      throw new Error(`the reference "${pointer}" points at nothing`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Builds a local JSON pointer from its tokens: `['paths', '/v1/x']` gives `#/paths/~1v1~1x`. */
export function toPointer(tokens: readonly string[]): string {
  return `#/${tokens.map(escapeToken).join('/')}`;
}

/**
 * Returns a copy of `node` with every local `$ref` replaced by what it points at. Keywords beside
 * a `$ref` are merged over the target, which is how this spec uses them (a title or an
 * `x-microf1-*` annotation added to a shared schema). Each reference is copied once and shared.
 */
export function dereference<Value>(node: Value, document: OpenApiDocument): Value {
  const done = new Map<string, unknown>();
  return walk(node, document, done, []) as Value;
}

function walk(
  node: unknown,
  document: OpenApiDocument,
  done: Map<string, unknown>,
  stack: string[],
): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => walk(item, document, done, stack));
  }
  if (typeof node !== 'object' || node === null) {
    return node;
  }

  const { $ref, ...siblings } = node as JsonSchema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(siblings)) {
    copy[key] = walk(value, document, done, stack);
  }
  if (typeof $ref !== 'string') {
    return copy;
  }

  if (stack.includes($ref)) {
    throw new Error(
      `the reference "${$ref}" refers to itself; recursive schemas are not supported`,
    );
  }
  let target = done.get($ref);
  if (target === undefined) {
    target = walk(resolvePointer(document, $ref), document, done, [...stack, $ref]);
    done.set($ref, target);
  }
  if (Object.keys(copy).length === 0) {
    return target;
  }
  return { ...(target as Record<string, unknown>), ...copy };
}

function unescapeToken(token: string): string {
  return decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
}

function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
