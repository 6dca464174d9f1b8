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

/**
 * The password of a URL's userinfo (`http://user:password@host`), in a URL or in any text: from
 * after the first colon to the last `@` before the host ends, as a URL parser reads it.
 */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#\\@:]*):([^\s/?#\\]*)@/gi;

/** A userinfo of a name alone (`https://TOKEN@host`): often a token given as the user. */
const URL_USER_ALONE = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#\\@:]+)@/gi;

/**
 * The text with the password of every URL in it masked, and a user name standing alone (a token
 * more often than not), for reports and messages; the requests themselves keep them.
 *
 * @example
 * maskUrlCredentials('cannot reach http://ci:s3cret@127.0.0.1:4401') // 'cannot reach http://ci:***@127.0.0.1:4401'
 * maskUrlCredentials('https://ghp_abc@host/v1') // 'https://***@host/v1'
 */
export function maskUrlCredentials(text: string): string {
  if (!text.includes('@')) return text;
  return text
    .replace(URL_PASSWORD, (whole, head: string, password: string) =>
      password === '' ? whole : `${head}:***@`,
    )
    .replace(URL_USER_ALONE, (_whole, scheme: string) => `${scheme}***@`);
}
