/**
 * What a step of the core answers before it is serialised: a status, a JSON value or bytes, and
 * headers. Keeping the JSON as a value lets the strict check validate it before it is written.
 */
export interface Reply {
  readonly status: number;
  /** The media type of the body; undefined for a reply without one. */
  readonly contentType: string | undefined;
  /** A JSON body, serialised at the end. */
  readonly json?: unknown;
  /** The JSON body as text, once it has been serialised. */
  readonly text?: string;
  /** A binary body, written as it is. */
  readonly bytes?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The media type of every problem the mock answers with. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Builds a reply with a JSON body. */
export function jsonReply(status: number, json: unknown, contentType = 'application/json'): Reply {
  return { status, contentType, json };
}
