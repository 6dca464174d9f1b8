import { redactText, redactValue, type SensitiveField } from '../../privacy/index.js';
import { buildCurl } from '../http/curl.js';
import { buildUrl } from '../http/url.js';
import type { CaseRequest, CaseResponse, ExchangeRecord } from '../types.js';

/** The longest body text a report keeps. */
const MAX_TEXT = 4000;

/**
 * An exchange as reports show it: personal data masked under the `public` policy (card numbers
 * never appear in full), long bodies cut, and a curl command to send the request again.
 */
export function recordExchange(
  baseUrl: string,
  request: CaseRequest,
  response: CaseResponse | undefined,
  fields: readonly SensitiveField[],
): ExchangeRecord {
  const masked = maskRequest(request, fields);
  const record: ExchangeRecord = {
    request: {
      method: request.method,
      url: buildUrl(baseUrl, masked.path, masked.query),
      headers: masked.headers,
      ...(masked.body === undefined ? {} : { body: masked.value ?? masked.body }),
    },
    curl: buildCurl(baseUrl, masked),
  };
  if (response === undefined) return record;

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

  const value = request.value === undefined ? undefined : redactValue(request.value, 'public', fields);
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
  const text = redactText(response.text, 'public');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
