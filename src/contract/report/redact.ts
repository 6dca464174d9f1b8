import { clipText } from '../../common/clip-text.js';
import { redactText, redactValue, type SensitiveField } from '../../privacy/index.js';
import { encodeBody } from '../cases/encode.js';
import { maskCards } from '../checks/card-match.js';
import { buildCurl } from '../http/curl.js';
import { buildUrl, maskUrlCredentials } from '../http/url.js';
import type { CaseRequest, CaseResponse, ExchangeRecord } from '../types.js';
import { clipBody, clipString, MAX_STRING_CHARS } from './clip-body.js';
import { mapStrings } from './map-strings.js';

/** Reports mask under the log policy: card numbers, INNs, passport series and numbers. */
const POLICY = 'log';

/** What masking a run's exchanges needs to know. */
export interface ExchangeSetting {
  readonly baseUrl: string;
  /** The fields the spec marks `x-microf1-pii`. */
  readonly fields: readonly SensitiveField[];
  /** Headers sent with every request (`--header`): named in the curl, their values masked. */
  readonly headerNames: readonly string[];
  readonly seed: number;
  /** The digits of every card number the run sent so far, masked however a target parts them. */
  readonly sentCards: ReadonlySet<string>;
}

/**
 * An exchange as reports show it: personal data masked (card numbers, INNs, passport series and
 * numbers, by the spec's `x-microf1-pii` fields and by their shape in free text, and the cards
 * the run sent however a target parted their digits), the password of the base URL masked, long
 * bodies cut, and a curl command to send the request again, masked too; the seed is the exact
 * reproduction, and the curl says so. Bodies are kept only when `withBodies` (a failed case),
 * so that reports stay small.
 */
export function recordExchange(
  setting: ExchangeSetting,
  request: CaseRequest,
  response: CaseResponse | undefined,
  withBodies = true,
): ExchangeRecord {
  const { fields } = setting;
  const baseUrl = maskUrlCredentials(setting.baseUrl);
  // The sent cards are masked before any cut, which could leave part of one past a marker.
  const hideCards = <Value>(value: Value) =>
    mapStrings(value, (text) => maskCards(text, setting.sentCards));
  const masked = hideCards(maskRequest(request, fields));
  const url = buildUrl(baseUrl, masked.path, masked.query);
  const brief = { method: request.method, url, headers: masked.headers };
  const runHeaders = Object.fromEntries(setting.headerNames.map((name) => [name, '***']));
  const curl = buildCurl(baseUrl, {
    ...masked,
    headers: { ...runHeaders, ...masked.headers },
    ...(masked.body === undefined ? {} : { body: clipText(masked.body, MAX_STRING_CHARS) }),
  });
  const record: ExchangeRecord = {
    request:
      masked.body === undefined || !withBodies
        ? brief
        : { ...brief, body: clipBody(masked.value ?? masked.body, byteLength(request.body)) },
    curl: withBodies
      ? `${curl}  # personal data masked; --seed ${setting.seed} sends exactly this request`
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
      headers: hideCards(redactValue(response.headers, POLICY, fields) as Record<string, string>),
      body: describeBody(response, fields, hideCards),
      durationMs: response.durationMs,
    },
  };
}

/**
 * The request with its personal data masked; a body whose value is known is encoded again from
 * the masked value, in its own media type, so no field escapes by its place in the text.
 */
function maskRequest(request: CaseRequest, fields: readonly SensitiveField[]): CaseRequest {
  const query = redactValue(request.query, POLICY, fields) as Record<string, string>;
  const headers = redactValue(request.headers, POLICY, fields) as Record<string, string>;
  const path = redactText(request.path, POLICY);
  const base = { method: request.method, path, query, headers };
  if (request.body === undefined) return base;

  if (request.value === undefined) return { ...base, body: redactText(request.body, POLICY) };
  const value = redactValue(request.value, POLICY, fields);
  const mediaType = headerValue(request.headers, 'content-type') ?? 'application/json';
  const isEncodable = /json|x-www-form-urlencoded/.test(mediaType);
  const body = isEncodable ? encodeBody(mediaType, value) : redactText(request.body, POLICY);
  return { ...base, body, value };
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function describeBody(
  response: CaseResponse,
  fields: readonly SensitiveField[],
  hideCards: (value: unknown) => unknown,
): unknown {
  const size = response.bytes.length;
  if (response.json !== undefined) {
    return clipBody(hideCards(redactValue(response.json, POLICY, fields)), size);
  }
  const type = response.headers['content-type'] ?? '';
  if (!type.startsWith('text/') && !type.includes('json') && size > 0) {
    return `(${size} bytes of ${type || 'unknown type'})`;
  }
  return clipString(hideCards(redactText(response.text, POLICY)) as string);
}

function byteLength(text: string | undefined): number {
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}
