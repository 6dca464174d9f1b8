/**
 * Joins a base URL (which may carry a path prefix of its own) with an operation's path and
 * query.
 *
 * @example
 * buildUrl('http://127.0.0.1:4010/', '/api/v1/status/credit', { creditid: '1' })
 * // 'http://127.0.0.1:4010/api/v1/status/credit?creditid=1'
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: Readonly<Record<string, string>>,
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const search = new URLSearchParams(query).toString();
  return `${base}${path}${search === '' ? '' : `?${search}`}`;
}
