/**
 * What to hide, and where: the kinds of personal data the spec marks with `x-microf1-pii`, and
 * the two policies that decide which of them are masked.
 */

/** The values of the spec's `x-microf1-pii` keyword. */
export type PiiKind = 'card-number' | 'passport-number' | 'passport-series' | 'inn';

/** All kinds of personal data, in a stable order. */
export const PII_KINDS: readonly PiiKind[] = [
  'card-number',
  'passport-number',
  'passport-series',
  'inn',
];

/**
 * `public`: what may leave the system (responses, contract test reports): card numbers are
 * masked, the rest is the client's own data. `log`: logs and the request journal: card numbers,
 * INNs, passport numbers and passport series are all masked.
 */
export type RedactionPolicy = 'public' | 'log';

/** Whether a kind of personal data is masked under a policy. */
export function isMaskedUnder(kind: PiiKind, policy: RedactionPolicy): boolean {
  return kind === 'card-number' || policy === 'log';
}

/** Whether a value is one of the `x-microf1-pii` kinds. */
export function isPiiKind(value: unknown): value is PiiKind {
  return typeof value === 'string' && (PII_KINDS as readonly string[]).includes(value);
}
