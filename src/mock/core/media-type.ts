/** A `Content-Type` read into its essence (`application/json`) and its charset, if any. */
export interface ContentType {
  readonly essence: string;
  readonly charset: string | undefined;
}

/**
 * Reads a `Content-Type` header; undefined when there is none.
 *
 * @example
 * parseContentType('Application/JSON; charset=UTF-8'); // { essence: 'application/json', charset: 'utf-8' }
 */
export function parseContentType(header: string | undefined): ContentType | undefined {
  if (header === undefined || header.trim() === '') return undefined;

  const [essence = '', ...params] = header.split(';');
  let charset: string | undefined;
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.trim().toLowerCase() === 'charset') {
      charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    }
  }
  return { essence: essence.trim().toLowerCase(), charset };
}

/** Whether a charset is one the core reads bodies in (UTF-8, or none named). */
export function isUtf8Charset(charset: string | undefined): boolean {
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}
