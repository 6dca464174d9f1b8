/**
 * Reading `application/x-www-form-urlencoded` bodies the way PHP does: bracket notation builds
 * nested objects (`a[b]=1`) and lists (`a[]=1&a[]=2`). Every container has a null prototype, so
 * keys such as `__proto__` or `constructor` are plain data and reach no prototype.
 */

/** A decoded form: nested objects (null prototype), lists and string values. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

/** Bounds that keep a hostile form cheap to read. */
export interface PhpFormLimits {
  /** The most `name=value` pairs a form may hold; PHP's own default is 1000. */
  readonly maxParameters?: number;
  /** The most bracket levels one name may have. */
  readonly maxDepth?: number;
}

/** Why a form could not be read: a stable code and the name or position at fault. */
export interface PhpFormError {
  readonly code: 'form_encoding' | 'form_too_many_parameters' | 'form_too_deep';
  readonly at: string;
}

/** A decoded form, or why it could not be decoded. */
export type PhpFormResult =
  | { readonly ok: true; readonly value: Record<string, FormValue> }
  | { readonly ok: false; readonly error: PhpFormError };

type Container = Record<string, FormValue> | FormValue[];

const DEFAULT_MAX_PARAMETERS = 1000;
const DEFAULT_MAX_DEPTH = 16;

/**
 * Decodes a urlencoded form with PHP's bracket notation into null-prototype objects and arrays.
 * Values stay strings; a later name wins over an earlier one, as in PHP.
 *
 * @example
 * decodePhpForm('passport_who_blank[issued_by]=%D0%9E%D0%92%D0%94&a[]=1&a[]=2');
 * // { ok: true, value: { passport_who_blank: { issued_by: 'ОВД' }, a: ['1', '2'] } }
 */
export function decodePhpForm(text: string, limits: PhpFormLimits = {}): PhpFormResult {
  const maxParameters = limits.maxParameters ?? DEFAULT_MAX_PARAMETERS;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const root: Record<string, FormValue> = Object.create(null);
  const pairs = text.split('&');

  if (pairs.length > maxParameters) {
    return fail('form_too_many_parameters', `#${maxParameters + 1}`);
  }
  for (const pair of pairs) {
    if (pair === '') continue;

    const split = pair.indexOf('=');
    const rawName = split < 0 ? pair : pair.slice(0, split);
    const name = decodeComponent(rawName);
    if (name === undefined) return fail('form_encoding', rawName);
    // A value that does not decode is named by its field, never quoted: it is what the client
    // typed, a card number as likely as anything, and undecoded it escapes masking.
    const value = decodeComponent(split < 0 ? '' : pair.slice(split + 1));
    if (value === undefined) return fail('form_encoding', name);

    const path = splitName(name);
    if (path.length - 1 > maxDepth) return fail('form_too_deep', name);
    assign(root, path, value);
  }
  return { ok: true, value: root };
}

/** `a[b][]` becomes `['a', 'b', '']`; a name with unbalanced brackets is taken whole. */
function splitName(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return [name];

  const inner = name.slice(open + 1, -1);
  if (inner.includes('[') !== inner.includes(']') || /\][^[]|[^\]]\[/.test(inner)) return [name];
  return [name.slice(0, open), ...inner.split('][')];
}

/** Places one value at a path, creating the containers on its way. */
function assign(root: Record<string, FormValue>, path: readonly string[], value: string): void {
  let container: Container = root;

  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index] ?? '';
    const isLast = index === path.length - 1;
    const next = path[index + 1];
    const key = keyIn(container, segment);

    if (isLast) {
      setEntry(container, key, value);
      return;
    }
    const existing = getEntry(container, key);
    const wantsList = next === '' || /^\d+$/.test(next ?? '');
    const child = isContainerOfKind(existing, wantsList) ? existing : newContainer(wantsList);
    setEntry(container, key, child);
    container = child;
  }
}

/** The key a segment names in a container: `[]` appends, an index past the end appends too. */
function keyIn(container: Container, segment: string): string | number {
  if (!Array.isArray(container)) return segment;
  const index = /^\d+$/.test(segment) ? Number(segment) : Number.NaN;
  return Number.isInteger(index) && index < container.length ? index : container.length;
}

function getEntry(container: Container, key: string | number): FormValue | undefined {
  return Array.isArray(container) ? container[key as number] : container[key as string];
}

function setEntry(container: Container, key: string | number, value: FormValue): void {
  if (Array.isArray(container)) container[key as number] = value;
  else container[key as string] = value;
}

function isContainerOfKind(value: FormValue | undefined, wantsList: boolean): value is Container {
  if (typeof value !== 'object') return false;
  return Array.isArray(value) === wantsList;
}

function newContainer(isList: boolean): Container {
  return isList ? [] : Object.create(null);
}

function decodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

function fail(code: PhpFormError['code'], at: string): PhpFormResult {
  return { ok: false, error: { code, at: at.slice(0, 100) } };
}
