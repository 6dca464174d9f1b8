/**
 * Masking of one value by the kind of personal data its field holds.
 */

import { maskCardNumber } from './card-mask.js';
import { isMaskedUnder, type PiiKind, type RedactionPolicy } from './redaction-policy.js';
import { redactText } from './redact-text.js';

const INN_KEPT_HEAD = 2;

/** Replaces every digit after the first `keptHead` ones with a star. */
function hideDigits(value: string, keptHead: number): string {
  let seen = 0;
  return value.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keptHead ? digit : '*';
  });
}

/**
 * Masks a string held by a field of a known personal-data kind. Values that do not look like the
 * kind (already masked, free text) still pass through the text rule, so nothing slips through.
 *
 * @example maskField('2202201234565895', 'card-number', 'public') // '220220******5895'
 */
export function maskField(value: string, kind: PiiKind, policy: RedactionPolicy): string {
  if (!isMaskedUnder(kind, policy)) return redactText(value, policy);

  const isDigitsOnly = /^[\d -]+$/.test(value) && /\d/.test(value);
  if (!isDigitsOnly) return redactText(value, policy);

  switch (kind) {
    case 'card-number':
      return maskCardNumber(value);
    case 'inn':
      return hideDigits(value, INN_KEPT_HEAD);
    case 'passport-number':
    case 'passport-series':
      return hideDigits(value, 0);
  }
}
