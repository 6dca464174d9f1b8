import type { MediaModel } from '../../spec/index.js';
import { type CheckInput, fail, mediaTypeOf, type ResponseCheck } from './check.js';

const PROBLEM_MEDIA = 'application/problem+json';

/** The media types the spec declares for the response's status. */
function declaredMedia({ contract, operation, response }: CheckInput): readonly MediaModel[] {
  if (operation === undefined) return [];
  return contract.findResponse(operation, response.status)?.content ?? [];
}

/** Whether the error response is governed by the problem+json check instead. */
function isProblemResponse(input: CheckInput): boolean {
  if (input.response.status < 400) return false;
  const declared = declaredMedia(input);
  return declared.length === 0 || declared.some((media) => media.mediaType === PROBLEM_MEDIA);
}

/** The `Content-Type` is one the spec declares for that status. */
export const contentType: ResponseCheck = {
  name: 'content-type',
  run(input) {
    const declared = declaredMedia(input);
    if (declared.length === 0 || isProblemResponse(input)) return undefined;

    const received = mediaTypeOf(input.response.headers['content-type']);
    if (declared.some((media) => media.mediaType === received)) return [];
    const names = declared.map((media) => media.mediaType).join(', ');
    return [
      fail(
        'content-type',
        `Content-Type is "${received || '(none)'}"; the spec declares ${names} for status ${input.response.status}`,
      ),
    ];
  },
};

/** An error is an RFC 9457 problem: its media type, and `type`, `title` and a matching `status`. */
export const problemJson: ResponseCheck = {
  name: 'problem-json',
  run(input) {
    if (!isProblemResponse(input)) return undefined;
    const { response } = input;
    const failures = [];

    const received = mediaTypeOf(response.headers['content-type']);
    if (received !== PROBLEM_MEDIA) {
      failures.push(
        fail(
          'problem-json',
          `the error's Content-Type is "${received || '(none)'}", not ${PROBLEM_MEDIA}`,
        ),
      );
    }
    const body = parseObject(response.text);
    if (body === undefined) {
      failures.push(fail('problem-json', 'the error body is not a JSON object'));
      return failures;
    }
    if (typeof body.type !== 'string' || typeof body.title !== 'string') {
      failures.push(fail('problem-json', 'the problem has no "type" or "title" string'));
    }
    if (body.status !== response.status) {
      failures.push(
        fail(
          'problem-json',
          `the problem's "status" is ${String(body.status)}, the HTTP status ${response.status}`,
          [{ pointer: '/status', message: `expected ${response.status}` }],
        ),
      );
    }
    return failures;
  },
};

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
