import { decodePhpForm } from '../../forms/index.js';
import type { Language } from '../../rules/messages.js';
import { coerceBySchema } from '../../spec/coerce.js';
import type { JsonSchema } from '../../spec/types.js';
import { type CoreViolation, createViolation } from './core-messages.js';

/** A body read into a value, or the violations that stopped it (a 400). */
export type DecodedBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly violations: readonly CoreViolation[] };

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a body of a media type the operation takes: JSON, or a PHP-style urlencoded form whose
 * strings are read into the types of `schema`. The text must be UTF-8; a leading byte-order
 * mark is dropped. Error messages never quote the body, which may hold a card number.
 *
 * @example
 * decodeBody(bytes, 'application/json', schema, 'ru'); // { ok: true, value: { inn: '...' } }
 */
export function decodeBody(
  bytes: Uint8Array,
  essence: string,
  schema: JsonSchema | undefined,
  language: Language,
): DecodedBody {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse(createViolation('', 'invalid_utf8', language));
  }
  if (essence === 'application/x-www-form-urlencoded') {
    return decodeForm(text, schema, language);
  }
  return decodeJson(text, language);
}

/**
 * Texts up to this length are parsed before their depth is measured, on the value: cheaper than
 * a scan of the text, and parsing so little costs nothing however it nests. Longer texts are
 * scanned first, so that a megabyte of brackets is refused before it is parsed.
 */
const PARSE_FIRST_LENGTH = 4096;

function decodeJson(text: string, language: Language): DecodedBody {
  const scanFirst = text.length > PARSE_FIRST_LENGTH;
  if (scanFirst && isNestedDeeper(text, MAX_JSON_DEPTH)) return refuseDepth(language);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(createViolation('', 'malformed_json', language, locateJsonError(error, text)));
  }
  if (!scanFirst && isValueDeeper(value, MAX_JSON_DEPTH)) return refuseDepth(language);
  return { ok: true, value };
}

function refuseDepth(language: Language): DecodedBody {
  return refuse(createViolation('', 'nesting_too_deep', language, String(MAX_JSON_DEPTH)));
}

/** Whether arrays and objects in a parsed value nest deeper than `limit`; walked without recursion. */
function isValueDeeper(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  const depths: number[] = [0];
  while (pending.length > 0) {
    const node = pending.pop();
    const depth = (depths.pop() ?? 0) + 1;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) {
        pending.push(child);
        depths.push(depth);
      }
    }
  }
  return false;
}

function decodeForm(text: string, schema: JsonSchema | undefined, language: Language): DecodedBody {
  const form = decodePhpForm(text);
  if (!form.ok) {
    return refuse(createViolation('', form.error.code, language, form.error.at));
  }
  return { ok: true, value: coerceBySchema(form.value, schema) };
}

/** The character position where JSON.parse stopped (the end when it does not say), as digits. */
function locateJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  return /position (\d+)/.exec(message)?.[1] ?? String(text.length);
}

/** Whether brackets outside strings nest deeper than `limit`, found without parsing. */
function isNestedDeeper(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return false;
}

function refuse(violation: CoreViolation): DecodedBody {
  return { ok: false, violations: [violation] };
}
