import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { OpenApiDocument } from './types.js';

/** Where the toolkit's own MicroF1 contract lives. */
export const DEFAULT_SPEC_URL = new URL('../../spec/microf1.openapi.yaml', import.meta.url);

/** The outcome of reading a spec: the document, or one line saying why it could not be read. */
export type LoadedSpec =
  | { readonly ok: true; readonly document: OpenApiDocument }
  | { readonly ok: false; readonly error: string };

/**
 * Reads an OpenAPI 3.1 document from a YAML or JSON file.
 *
 * @example
 * const loaded = await loadSpec('spec/microf1.openapi.yaml');
 * if (!loaded.ok) throw new Error(loaded.error);
 */
export async function loadSpec(source: string | URL = DEFAULT_SPEC_URL): Promise<LoadedSpec> {
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read the spec ${String(source)}: ${describe(error)}` };
  }
  return parseSpec(text, String(source));
}

/** Parses the text of an OpenAPI 3.1 document (YAML is a superset of JSON). */
export function parseSpec(text: string, name = 'the spec'): LoadedSpec {
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, error: `cannot parse ${name}: ${describe(error)}` };
  }
  if (!isRecord(value) || typeof value.openapi !== 'string' || !isRecord(value.paths)) {
    return { ok: false, error: `${name} is not an OpenAPI document (no "openapi" or "paths")` };
  }
  if (!value.openapi.startsWith('3.1')) {
    return { ok: false, error: `${name} is OpenAPI ${value.openapi}; only 3.1 is supported` };
  }
  return { ok: true, document: value as unknown as OpenApiDocument };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
