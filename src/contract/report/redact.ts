import { redactText, redactValue, type SensitiveField } from '../../privacy/index.js';
import { buildCurl } from '../http/curl.js';
import { buildUrl } from '../http/url.js';
import type { CaseRequest, CaseResponse, ExchangeRecord } from '../types.js';

/** The longest body text a report keeps. */
const MAX_TEXT = 4000;

/**
 * An exchange as reports show it: personal data masked under the `public` policy (card numbers
 * never appear in full), long bodies cut, and a curl command to send the request again. Bodies
 * are kept only when `withBodies` (a failed case), so that reports stay small.
 */
export function recordExchange(
  baseUrl: string,
  request: CaseRequest,
  response: CaseResponse | undefined,
  fields: readonly SensitiveField[],
  withBodies = true,
): ExchangeRecord {
  const masked = maskRequest(request, fields);
  const url = buildUrl(baseUrl, masked.path, masked.query);
  const brief = { method: request.method, url, headers: masked.headers };
  const record: ExchangeRecord = {
    request:
      masked.body === undefined || !withBodies
        ? brief
        : { ...brief, body: clipValue(masked.value ?? masked.body) },
    curl: withBodies
      ? buildCurl(baseUrl, {
          ...masked,
          ...(masked.body === undefined ? {} : { body: clipText(masked.body) }),
        })
      : '',
  };
  if (response === undefined) return record;
  if (!withBodies) {
    return {
      ...record,
      response: { status: response.status, headers: {}, durationMs: response.durationMs },
    };
  }

  return {
    ...record,
    response: {
      status: response.status,
      headers: redactValue(response.headers, 'public') as Record<string, string>,
      body: describeBody(response, fields),
      durationMs: response.durationMs,
    },
  };
}

/** The request with every card number masked, its body re-encoded from the masked text. */
function maskRequest(request: CaseRequest, fields: readonly SensitiveField[]): CaseRequest {
  const query = redactValue(request.query, 'public', fields) as Record<string, string>;
  const headers = redactValue(request.headers, 'public') as Record<string, string>;
  const base = { method: request.method, path: request.path, query, headers };
  if (request.body === undefined) return base;

  const value =
    request.value === undefined ? undefined : redactValue(request.value, 'public', fields);
  return {
    ...base,
    body: redactText(request.body, 'public'),
    ...(value === undefined ? {} : { value }),
  };
}

function describeBody(response: CaseResponse, fields: readonly SensitiveField[]): unknown {
  if (response.json !== undefined) return redactValue(response.json, 'public', fields);
  const type = response.headers['content-type'] ?? '';
  if (!type.startsWith('text/') && !type.includes('json') && response.bytes.length > 0) {
    return `(${response.bytes.length} bytes of ${type || 'unknown type'})`;
  }
  return clipText(redactText(response.text, 'public'));
}

function clipText(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** A value whose long strings are cut, for a report. */
function clipValue(value: unknown): unknown {
  if (typeof value === 'string') return clipText(value);
  if (Array.isArray(value)) return value.map(clipValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clipValue(item)]));
  }
  return value;
}
