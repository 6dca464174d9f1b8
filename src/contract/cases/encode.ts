import { encodePhpForm } from '../../forms/index.js';
import type { OperationModel } from '../../spec/index.js';
import type { CaseRequest } from '../types.js';

const FORM_MEDIA = 'application/x-www-form-urlencoded';

/** Encodes a body in a media type: a PHP bracket-notation form, or JSON. */
export function encodeBody(mediaType: string, value: unknown): string {
  if (mediaType === FORM_MEDIA && typeof value === 'object' && value !== null) {
    return encodePhpForm(value as Record<string, unknown>);
  }
  return JSON.stringify(value);
}

/** A request to an operation carrying a body in one media type. */
export function bodyRequest(
  operation: OperationModel,
  mediaType: string,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): CaseRequest {
  return {
    method: operation.method.toUpperCase(),
    path: operation.path,
    query: {},
    headers: { 'content-type': mediaType, ...headers },
    body: encodeBody(mediaType, value),
    value,
  };
}

/** A request to an operation with query parameters only; values are written as text. */
export function queryRequest(
  operation: OperationModel,
  query: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>> = {},
): CaseRequest {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) text[name] = String(value);
  }
  return {
    method: operation.method.toUpperCase(),
    path: operation.path,
    query: text,
    headers,
    value: query,
  };
}
