import type { Expectation } from '../cases/contract-case.js';
import type { CaseResponse, Failure } from '../types.js';
import { fail } from './check.js';

/** The outcome of a case's own expectation: which checks ran, and what they found. */
export interface ExpectationOutcome {
  readonly applied: readonly string[];
  readonly failures: readonly Failure[];
}

/**
 * Checks that valid input was accepted, or that invalid input was refused with the status the
 * spec gives and a violation naming the broken field. A 5xx is left to `no-server-error`.
 */
export function checkExpectation(expect: Expectation, response: CaseResponse): ExpectationOutcome {
  const { status } = response;
  if (expect.kind === 'none' || status >= 500) return { applied: [], failures: [] };

  if (expect.kind === 'accepted') {
    const isAccepted = (status >= 200 && status < 300) || expect.tolerated?.includes(status);
    const failures = isAccepted
      ? []
      : [
          fail(
            'valid-input-accepted',
            `valid input was refused with ${status}${describeErrors(response)}`,
          ),
        ];
    return { applied: ['valid-input-accepted'], failures };
  }

  const check = expect.check ?? 'invalid-input-refused';
  const what = expect.check === undefined ? 'invalid input' : 'the request';
  if (status < 400) {
    const failure = fail(check, `${what} was accepted with ${status}`);
    return { applied: [check], failures: [failure] };
  }
  if (!expect.statuses.includes(status)) {
    const wanted = expect.statuses.join(' or ');
    const failure = fail(check, `${what} was refused with ${status}; the spec says ${wanted}`);
    return { applied: [check], failures: [failure] };
  }
  if (expect.pointer === undefined) return { applied: [check], failures: [] };
  return {
    applied: [check, 'error-names-field'],
    failures: checkNamedField(response.json, expect.pointer, expect.code),
  };
}

/** The problem's `errors` list names the broken field (and its code, when the spec gives it). */
function checkNamedField(body: unknown, pointer: string, code: string | undefined): Failure[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) {
    return [
      fail('error-names-field', `the refusal lists no violations; expected one at "${pointer}"`),
    ];
  }
  const entries = errors as { pointer?: unknown; code?: unknown }[];
  const atPointer = entries.filter((entry) => entry.pointer === pointer);
  if (atPointer.length === 0) {
    const listed = entries.map((entry) => String(entry.pointer)).join(', ');
    return [
      fail('error-names-field', `no violation at "${pointer}" (listed: ${listed || 'none'})`, [
        { pointer, message: 'not named' },
      ]),
    ];
  }
  if (code !== undefined && !atPointer.some((entry) => entry.code === code)) {
    const codes = atPointer.map((entry) => String(entry.code)).join(', ');
    return [
      fail('error-names-field', `the violation at "${pointer}" has code ${codes}, not ${code}`, [
        { pointer, message: `expected code ${code}` },
      ]),
    ];
  }
  return [];
}

/** A short list of the refusal's violations, for the failure message. */
function describeErrors(response: CaseResponse): string {
  const errors = (response.json as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return '';
  const listed = (errors as { pointer?: unknown; code?: unknown }[])
    .slice(0, 5)
    .map((entry) => `${String(entry.pointer)} ${String(entry.code)}`);
  return ` (${listed.join('; ')})`;
}
