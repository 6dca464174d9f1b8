import type { OperationModel } from '../spec/operations.js';

/** A text in both languages the mock speaks; Russian is the default. */
export interface LocalizedText {
  readonly ru: string;
  readonly en: string;
}

/** An HTTP request as the core sees it, independent of any server framework. */
export interface MockRequest {
  readonly method: string;
  /** The path and query as received, e.g. `/api/v1/status/credit?creditid=1`. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

/** An HTTP response produced by the core. */
export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** A request that matched an operation and passed every check of the spec. */
export interface ValidatedRequest {
  readonly operation: OperationModel;
  /** The body, parsed, coerced, validated and normalised as the spec says; undefined without one. */
  readonly body: unknown;
  /** The query parameters, read into their declared types and validated. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The path parameters of a templated path (`/credits/{creditid}`), read into their types. */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly language: 'ru' | 'en';
  /** The media type chosen from `Accept` among those the success response offers. */
  readonly responseMediaType: string;
}

/** A violation found by a handler (a business rule), before its message is chosen. */
export interface DomainViolation {
  readonly pointer: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/** A refusal decided by the domain: duplicate INN, unknown credit, contract not ready. */
export interface DomainProblem {
  readonly status: number;
  /** The slug of the problem type; rendered as `urn:microf1:problem:<type>`. */
  readonly type: string;
  readonly title: LocalizedText;
  readonly detail: LocalizedText;
  readonly errors?: readonly DomainViolation[];
  /** Extension members of the problem body allowed by the spec, e.g. `current_status`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** What an operation handler returns; the core serialises it and checks it against the spec. */
export type HandlerResult =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown }
  | {
      readonly kind: 'binary';
      readonly status: number;
      readonly contentType: string;
      readonly body: Uint8Array;
      /** The document's file name, sent as `Content-Disposition: inline; filename="..."`. */
      readonly filename?: string;
    }
  | { readonly kind: 'problem'; readonly problem: DomainProblem };

/**
 * The business rules of an operation that judge single values of a body (an INN that names no
 * client), asked by the core when other fields of the same request broke the schema, so that
 * every violation is listed at once. Given the body as decoded, it answers what it finds and
 * changes nothing; a value it cannot judge (not yet of its type) it leaves alone.
 */
export type ReferenceCheck = (body: unknown) => readonly DomainViolation[];

/** The domain behind one operation of the spec, keyed by operationId in a handler table. */
export type OperationHandler = (
  request: ValidatedRequest,
) => HandlerResult | Promise<HandlerResult>;
