import type { RejectionCode } from './decision.js';
import type { CreditStatusCode } from './statuses.js';

/** One entry of a credit's history: a status and the instant it was reached. */
export interface StatusChange {
  readonly status: CreditStatusCode;
  /** RFC 3339, UTC. */
  readonly at: string;
}

/** A stored client profile, exactly as the spec's `Profile` schema describes it. */
export type ProfileRecord = Readonly<Record<string, unknown>>;

/**
 * A stored credit. The application is what `addcredit` answers without the status: the
 * normalised body with the card masked, `creditid` and `created_at`. The lifecycle is kept as
 * the statuses already reached and those planned at later instants; the current status is read
 * from both and the clock, so no timer ever runs.
 */
export interface CreditRecord {
  readonly application: Readonly<Record<string, unknown>>;
  /** Statuses reached, oldest first; the first is always `new`. */
  readonly history: readonly StatusChange[];
  /** Statuses the credit will reach, each at its instant, in order. */
  readonly planned: readonly StatusChange[];
  /** Why the credit is (or will be) rejected; absent when it never is. */
  readonly rejection?: RejectionCode;
}
