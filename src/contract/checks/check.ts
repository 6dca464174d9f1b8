import type { CompiledContract, OperationModel } from '../../spec/index.js';
import type { CaseRequest, CaseResponse, Failure, ViolationDetail } from '../types.js';

/** What a check sees: the operation (absent outside any operation), the request, the response. */
export interface CheckInput {
  readonly contract: CompiledContract;
  readonly operation: OperationModel | undefined;
  readonly request: CaseRequest;
  readonly response: CaseResponse;
  /** Card numbers the request carried, to look for in the response. */
  readonly cardNumbers: readonly string[];
  readonly maxResponseMs: number | undefined;
}

/** A named check: the failures it finds, or none. `undefined` when it does not apply. */
export interface ResponseCheck {
  readonly name: string;
  run(input: CheckInput): readonly Failure[] | undefined;
}

/** Builds one failure of a check. */
export function fail(
  check: string,
  message: string,
  violations: readonly ViolationDetail[] = [],
): Failure {
  return { check, message, violations };
}

/** The media type of a `Content-Type` header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
