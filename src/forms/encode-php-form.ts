/**
 * Writing values as `application/x-www-form-urlencoded` the way PHP's `http_build_query` does:
 * nested objects as `a[b]=1`, lists of scalars as `a[]=1&a[]=2`, lists of objects with indexes.
 */

/**
 * Encodes a value as a urlencoded form with PHP bracket notation. Spaces become `+`; numbers and
 * booleans are written as text (`true`/`false`); `undefined` is skipped and `null` is empty.
 *
 * @example
 * encodePhpForm({ passport_who_blank: { issued_by: 'ОВД' }, income: 48000 });
 * // 'passport_who_blank%5Bissued_by%5D=%D0%9E%D0%92%D0%94&income=48000'
 */
export function encodePhpForm(value: Readonly<Record<string, unknown>>): string {
  const pairs: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    collectPairs(key, item, pairs);
  }
  return pairs.join('&');
}

function collectPairs(name: string, value: unknown, pairs: string[]): void {
  if (value === undefined) return;

  if (Array.isArray(value)) {
    const hasObjects = value.some((item) => typeof item === 'object' && item !== null);
    value.forEach((item, index) => {
      collectPairs(`${name}[${hasObjects ? index : ''}]`, item, pairs);
    });
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      collectPairs(`${name}[${key}]`, item, pairs);
    }
    return;
  }
  pairs.push(`${encodeComponent(name)}=${encodeComponent(value === null ? '' : String(value))}`);
}

function encodeComponent(text: string): string {
  return encodeURIComponent(text).replaceAll('%20', '+');
}
