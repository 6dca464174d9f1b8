/**
 * The shapes a contract run produces: what was sent, what came back, which checks failed and why.
 * Every reporter (console, JUnit, JSON) renders one {@link ContractReport}.
 */

/** The checks applied to every response, by name. Workflow steps add names of their own. */
export const RESPONSE_CHECKS = [
  'no-server-error',
  'status-documented',
  'content-type',
  'response-schema',
  'problem-json',
  'card-not-echoed',
  'echo-consistent',
  'label-consistent',
  'card-mask-consistent',
  'history-consistent',
  'default-language',
  'response-time',
] as const;

/** The checks of a case's expectation: valid input taken, invalid input refused. */
export const EXPECTATION_CHECKS = [
  'valid-input-accepted',
  'invalid-input-refused',
  'error-names-field',
  'unknown-resource-refused',
] as const;

/**
 * The assertions a workflow step may name in `expect.check`; a step naming another is refused
 * when the workflows are loaded.
 */
export const WORKFLOW_CHECKS = [
  'write-accepted',
  'duplicate-refused',
  'unknown-reference-refused',
  'write-read-back',
  'foreign-owner-refused',
  'contract-not-ready',
  'decision-reached',
  'contract-issued',
] as const;

/** A check's name: one of the built-in ones, or an assertion a workflow step names. */
export type CheckName = string;

/** A request as the runner sends it; the body is already encoded. */
export interface CaseRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** The encoded body (JSON text or a form), absent for requests without one. */
  readonly body?: string;
  /** The body before encoding, for checks that look for what was sent. */
  readonly value?: unknown;
}

/** A response as the runner received it. */
export interface CaseResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bytes: Uint8Array;
  readonly text: string;
  /** The body parsed as JSON, when its media type is JSON and it parses. */
  readonly json?: unknown;
  readonly durationMs: number;
}

/** One place where a response departs from the spec. */
export interface ViolationDetail {
  /** JSON pointer into the response body (or `''` for the response as a whole). */
  readonly pointer: string;
  readonly message: string;
}

/** A failed check, with everything needed to understand and reproduce it. */
export interface Failure {
  readonly check: CheckName;
  readonly message: string;
  readonly violations: readonly ViolationDetail[];
}

/** The outcome of one case: passed, failed, or never reached (with the reason). */
export type CaseStatus = 'passed' | 'failed' | 'not-reached';

/** A request and its response, personal data masked, as reports show them. */
export interface ExchangeRecord {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
    readonly durationMs: number;
  };
  /** A curl command that sends the same request (card numbers masked); empty for a passed case. */
  readonly curl: string;
}

export interface CaseResult {
  readonly name: string;
  readonly operationId: string;
  readonly status: CaseStatus;
  /** Why a case was not reached. */
  readonly reason?: string;
  /** Every check this case applied. */
  readonly checks: readonly CheckName[];
  readonly failures: readonly Failure[];
  /** The last exchange of the case; present unless the case never sent anything. */
  readonly exchange?: ExchangeRecord;
  readonly durationMs: number;
}

/** The cases of one operation, or the steps of one workflow. */
export interface SuiteResult {
  readonly name: string;
  readonly kind: 'operation' | 'workflow';
  readonly cases: readonly CaseResult[];
  readonly durationMs: number;
}

/** How often an operation answered with each status, and what the spec declares but never came. */
export interface CoverageRow {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Status code to the number of responses received with it. */
  readonly received: Readonly<Record<string, number>>;
  /** Statuses the spec declares for the operation that no response had. */
  readonly notReached: readonly string[];
  /** Statuses received that the spec does not declare for the operation. */
  readonly undocumented: readonly string[];
}

export interface ReportSummary {
  readonly cases: number;
  /** Cases that passed at least one applied check. */
  readonly passed: number;
  readonly failed: number;
  readonly notReached: number;
  /** Cases sent and answered on which no selected check ran; not counted as passed. */
  readonly unchecked: number;
  /** Individual check evaluations (a case applies several). */
  readonly checks: number;
  readonly failures: number;
  readonly requests: number;
}

/** The whole result of a contract run. */
export interface ContractReport {
  readonly tool: 'microf1 test';
  readonly baseUrl: string;
  readonly spec: string;
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Whether a mock control API answered on the target. */
  readonly controlApi: boolean;
  /** How often the control API moved the target's clock, and how often it refused to. */
  readonly clock: { readonly advanced: number; readonly refused: number };
  readonly summary: ReportSummary;
  readonly suites: readonly SuiteResult[];
  readonly coverage: readonly CoverageRow[];
  /** Negative cases the runner could not build safely, and why (not failures). */
  readonly skipped: readonly string[];
}
