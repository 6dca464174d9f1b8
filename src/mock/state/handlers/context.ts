import type { MockClock } from '../clock.js';
import type { MockStore } from '../store.js';

/** What every operation handler works with. */
export interface HandlerContext {
  readonly store: MockStore;
  readonly clock: MockClock;
  /** The delay of each lifecycle step. */
  readonly stepMs: number;
  /** The property order of the spec's `Profile` schema. */
  readonly profileOrder: readonly string[];
}

/** Reads a query parameter that the core has validated as an integer. */
export function readIntegerQuery(query: Readonly<Record<string, unknown>>, name: string): number {
  return Number(query[name]);
}

/** Reads a validated body as a record. */
export function readBody(body: unknown): Readonly<Record<string, unknown>> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}
