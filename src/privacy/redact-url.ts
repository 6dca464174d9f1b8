/**
 * Masking of a request target (path and query string) for logs and the request journal.
 */

import { maskField } from './mask-field.js';
import type { RedactionPolicy } from './redaction-policy.js';
import { redactText } from './redact-text.js';
import { findFieldKind, type SensitiveField } from './redact-value.js';

const MAY_HOLD_PERSONAL_DATA = /\d{4}|[%+]/;

/**
 * Masks personal data in a request target. A query parameter named as a personal-data field
 * (exactly, or as the last bracket of a PHP-style name such as `p[passport_number_blank]`) has
 * its value masked by its kind; every other part goes through {@link redactText}. Each is read
 * after percent-decoding, so that an encoded digit or space cannot hide a number.
 *
 * @example
 * redactUrl('/docs?inn=7707083893&passport_number_blank=123456', 'log', fields)
 * // '/docs?inn=77********&passport_number_blank=******'
 */
export function redactUrl(
  url: string,
  policy: RedactionPolicy,
  fields: readonly SensitiveField[] = [],
): string {
  // Everything masked holds four or more digits, maybe encoded or split by a `+`: a target
  // without those (most of them, `?creditid=1`) is returned as it is, at no cost.
  if (!MAY_HOLD_PERSONAL_DATA.test(url)) return url;

  const mark = url.indexOf('?');
  if (mark < 0) return redactEncoded(url, policy, false);

  const path = redactEncoded(url.slice(0, mark), policy, false);
  const pairs = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => redactPair(pair, policy, fields));
  return `${path}?${pairs.join('&')}`;
}

function redactPair(
  pair: string,
  policy: RedactionPolicy,
  fields: readonly SensitiveField[],
): string {
  const equals = pair.indexOf('=');
  if (equals < 0) return redactEncoded(pair, policy, true);

  const name = pair.slice(0, equals);
  const kind = findFieldKind(readFieldName(name), fields);
  if (kind === undefined) {
    const value = pair.slice(equals + 1);
    return `${redactEncoded(name, policy, true)}=${redactEncoded(value, policy, true)}`;
  }

  const value = decodeQueryText(pair.slice(equals + 1));
  const masked = maskField(value, kind, policy);
  return `${redactText(name, policy)}=${encodeURIComponent(masked).replaceAll('%2A', '*')}`;
}

/**
 * A part of a target masked as it reads once decoded (`%20`, `%32`, and in a query `+` for a
 * space), so that no encoding hides a number: the part is kept as sent when nothing in it is
 * masked, and given decoded and masked, then encoded again, when something is.
 */
function redactEncoded(part: string, policy: RedactionPolicy, isQuery: boolean): string {
  const decoded = isQuery ? decodeQueryText(part) : decodePathText(part);
  const masked = redactText(decoded, policy);
  if (masked === decoded) return part;
  return isQuery ? encodeURIComponent(masked) : encodeURI(masked);
}

function decodePathText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The field a query name stands for: `passport_number_blank` in `p[passport_number_blank]`. */
function readFieldName(name: string): string {
  const decoded = decodeQueryText(name);
  const bracket = /\[([^[\]]*)\]$/.exec(decoded);
  return bracket?.[1] === undefined || bracket[1] === '' ? decoded : bracket[1];
}

function decodeQueryText(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
