import type { DomainProblem } from '../types.js';

/** The result of a domain action: its value, or the problem that refused it. */
export type Outcome<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly problem: DomainProblem };
