/** What templates can read: the requests and responses of earlier steps. */
export type TemplateScope = Readonly<Record<string, unknown>>;

/** A filled value, or the first reference that could not be read. */
export type Filled =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly missing: string };

const WHOLE = /^\{\{\s*([^{}]+?)\s*\}\}$/;
const EMBEDDED = /\{\{\s*([^{}]+?)\s*\}\}/g;

/**
 * Replaces `{{steps.createCredit.body.creditid}}` references in strings, deep in any value. A
 * string that is one reference takes the referenced value with its type (a number stays a
 * number, an object an object); a reference inside longer text is written as text.
 *
 * @example
 * fillTemplates('{{steps.a.body.id}}', { steps: { a: { body: { id: 7 } } } }) // { ok: true, value: 7 }
 */
export function fillTemplates(value: unknown, scope: TemplateScope): Filled {
  if (typeof value === 'string') return fillString(value, scope);
  if (Array.isArray(value))
    return fillEntries(
      value.map((item, index) => [String(index), item]),
      scope,
      true,
    );
  if (typeof value === 'object' && value !== null)
    return fillEntries(Object.entries(value), scope, false);
  return { ok: true, value };
}

function fillString(text: string, scope: TemplateScope): Filled {
  const whole = WHOLE.exec(text);
  if (whole) {
    const path = whole[1] ?? '';
    const found = readPath(scope, path);
    return found === undefined ? { ok: false, missing: path } : { ok: true, value: found };
  }
  let missing: string | undefined;
  const filled = text.replace(EMBEDDED, (_match, path: string) => {
    const found = readPath(scope, path);
    if (found === undefined) missing ??= path;
    return found === undefined ? '' : String(found);
  });
  return missing === undefined ? { ok: true, value: filled } : { ok: false, missing };
}

function fillEntries(entries: [string, unknown][], scope: TemplateScope, isArray: boolean): Filled {
  const filled: [string, unknown][] = [];
  for (const [key, item] of entries) {
    const result = fillTemplates(item, scope);
    if (!result.ok) return result;
    filled.push([key, result.value]);
  }
  return { ok: true, value: isArray ? filled.map(([, item]) => item) : Object.fromEntries(filled) };
}

/** Reads a dotted path (`steps.a.body.id`) from the scope. */
function readPath(scope: TemplateScope, path: string): unknown {
  let node: unknown = scope;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
