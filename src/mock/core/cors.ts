import { redactText } from '../../privacy/redact-text.js';

/**
 * The response headers a browser may read from another origin: every header the mock sends
 * beyond those CORS always lets through.
 */
const EXPOSED_HEADERS = 'Accept-Encoding, Allow, Content-Disposition, Content-Language, Vary';

/** Headers every response carries, so that a front end served from another origin can call. */
export const CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS,
});

/**
 * What every answer but a preflight depends on besides its URL: the format chosen from `Accept`
 * and the language of messages from `Accept-Language`.
 */
export const VARY_HEADER = 'Accept, Accept-Language';

/** The request headers the mock reads, allowed in every preflight. */
export const ALLOWED_REQUEST_HEADERS = 'Accept, Accept-Language, Content-Type, Prefer';

/** A header name (RFC 9110 token); anything else asked for is not reflected. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;

/**
 * The headers of a preflight (`OPTIONS`) answer for a path serving `methods`. The headers the
 * browser asks for (`Access-Control-Request-Headers`: `Authorization`, `X-Request-Id`...) are
 * allowed as well, so a front end's own headers never fail the preflight; the answer says it
 * varies by them.
 *
 * @example
 * buildPreflightHeaders(['POST'], 'authorization');
 * // { 'access-control-allow-methods': 'POST, OPTIONS',
 * //   'access-control-allow-headers': 'Accept, ..., Prefer, authorization', ... }
 */
export function buildPreflightHeaders(
  methods: readonly string[],
  requested?: string,
): Record<string, string> {
  const allowed = [...methods, 'OPTIONS'].join(', ');
  return {
    ...CORS_HEADERS,
    allow: allowed,
    vary: 'Access-Control-Request-Headers',
    'access-control-allow-methods': allowed,
    'access-control-allow-headers': listAllowedHeaders(requested),
    'access-control-max-age': '600',
  };
}

function listAllowedHeaders(requested: string | undefined): string {
  if (requested === undefined || requested.trim() === '') return ALLOWED_REQUEST_HEADERS;

  const known = new Set(ALLOWED_REQUEST_HEADERS.toLowerCase().split(', '));
  const extra = requested
    .split(',')
    .slice(0, 32)
    .filter((name) => TOKEN.test(name.trim()) && !known.has(name.trim().toLowerCase()))
    // Reflected as asked, but a card number is no header's name to echo.
    .map((name) => redactText(name.trim()));
  return [ALLOWED_REQUEST_HEADERS, ...new Set(extra)].join(', ');
}
