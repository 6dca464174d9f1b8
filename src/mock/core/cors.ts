/** Headers every response carries, so that a front end served from another origin can call. */
export const CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Allow, Content-Language, Content-Disposition',
});

/** The request headers a browser may send to the mock, answered in every preflight. */
export const ALLOWED_REQUEST_HEADERS = 'Accept, Accept-Language, Content-Type, Prefer';

/**
 * The headers of a preflight (`OPTIONS`) answer for a path serving `methods`.
 *
 * @example
 * buildPreflightHeaders(['POST']);
 * // { 'access-control-allow-methods': 'POST, OPTIONS', ... }
 */
export function buildPreflightHeaders(methods: readonly string[]): Record<string, string> {
  const allowed = [...methods, 'OPTIONS'].join(', ');
  return {
    ...CORS_HEADERS,
    allow: allowed,
    'access-control-allow-methods': allowed,
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
    'access-control-max-age': '600',
  };
}
