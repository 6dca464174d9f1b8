import { clipText } from '../../common/clip-text.js';

/** How many violations a problem body lists; its detail still counts them all. */
export const MAX_LISTED_VIOLATIONS = 100;

/** How many violations of one request the journal keeps. */
export const MAX_JOURNALED_VIOLATIONS = 20;

/**
 * The longest pointer kept whole. A pointer quotes the names of the client's fields, and a name
 * may be as long as the body: cut, it still says where, and an answer or a journal entry stays
 * small whatever was sent.
 */
export const MAX_POINTER_LENGTH = 256;

/** The longest message kept whole: messages quote little of the request, but may quote it. */
export const MAX_MESSAGE_LENGTH = 1024;

interface Violation {
  readonly pointer: string;
  readonly code: string;
  readonly message?: string;
}

/**
 * The first `limit` violations, their pointers and messages cut to the lengths above: what a
 * problem body lists and the journal keeps of a request refused for a thousand reasons.
 *
 * @example
 * boundViolations(errors, MAX_LISTED_VIOLATIONS).length; // at most 100
 */
export function boundViolations<T extends Violation>(violations: readonly T[], limit: number): T[] {
  return violations.slice(0, limit).map((violation) => {
    const pointer = clipText(violation.pointer, MAX_POINTER_LENGTH);
    const message = violation.message;
    if (pointer === violation.pointer && (message ?? '').length <= MAX_MESSAGE_LENGTH) {
      return violation;
    }
    return {
      ...violation,
      pointer,
      ...(message === undefined ? {} : { message: clipText(message, MAX_MESSAGE_LENGTH) }),
    };
  });
}
