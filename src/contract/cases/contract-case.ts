import type { OperationModel } from '../../spec/index.js';
import type { CaseRequest } from '../types.js';

/** What a case expects of the target, beyond the checks every response gets. */
export type Expectation =
  /** Valid input: a 2xx (or a status the state of the target explains, listed in `tolerated`). */
  | { readonly kind: 'accepted'; readonly tolerated?: readonly number[] }
  /** Invalid input: refused with one of `statuses`, naming `pointer` (and `code`) when given. */
  | {
      readonly kind: 'refused';
      readonly statuses: readonly number[];
      readonly pointer?: string;
      readonly code?: string;
      /** The check's name, when the refusal is not of invalid input (an unknown resource). */
      readonly check?: string;
    }
  /**
   * No expectation beyond the response checks; `valid` tells that the request is meant to be
   * valid, so that its answer may teach the run values for later requests.
   */
  | { readonly kind: 'none'; readonly valid?: boolean };

/** One request the runner sends, what it is meant to prove, and what it expects. */
export interface ContractCase {
  readonly name: string;
  /** The operation; absent for a request outside every operation (a wrong method). */
  readonly operation: OperationModel | undefined;
  /** The operation whose path the request uses, for reports. */
  readonly operationId: string;
  readonly request: CaseRequest;
  readonly expect: Expectation;
}
