import { resolveJsonPointer } from '../../rules/index.js';
import { fail, mediaTypeOf } from '../checks/index.js';
import type { CaseResponse, Failure } from '../types.js';
import { fillTemplates, type TemplateScope } from './template.js';
import type { StepCondition, StepExpectation } from './types.js';

/**
 * The failures of a step's own assertion: the status it expects, the values its body must hold
 * and its media type, all reported under the assertion's name.
 */
export function checkStep(
  expect: StepExpectation,
  response: CaseResponse,
  scope: TemplateScope,
): Failure[] {
  const statuses = Array.isArray(expect.status) ? expect.status : [expect.status];
  if (!statuses.includes(response.status)) {
    return [fail(expect.check, `expected status ${statuses.join(' or ')}, got ${response.status}`)];
  }
  const failures: Failure[] = [];
  const received = mediaTypeOf(response.headers['content-type']);
  if (expect.mediaType !== undefined && received !== expect.mediaType) {
    failures.push(
      fail(expect.check, `expected a ${expect.mediaType} body, got ${received || 'none'}`),
    );
  }

  const wanted = fillTemplates(expect.body ?? {}, scope);
  const pairs = wanted.ok ? Object.entries(wanted.value as Record<string, unknown>) : [];
  for (const [pointer, value] of pairs) {
    const actual = resolveJsonPointer(response.json, pointer);
    if (!isSameValue(actual, value)) {
      failures.push(
        fail(
          expect.check,
          `the body holds ${JSON.stringify(actual)} at ${pointer}, expected ${JSON.stringify(value)}`,
          [{ pointer, message: `expected ${JSON.stringify(value)}` }],
        ),
      );
    }
  }
  return failures;
}

/** Why a condition on an earlier step does not hold, or `undefined` when it does. */
export function explainUnmet(condition: StepCondition, scope: TemplateScope): string | undefined {
  const steps = scope.steps as Record<string, { body?: unknown }> | undefined;
  const earlier = steps?.[condition.step];
  if (earlier === undefined) return `needs the step ${condition.step}, which did not run`;
  const value = resolveJsonPointer(earlier.body, condition.pointer);
  if (condition.in.some((allowed) => isSameValue(value, allowed))) return undefined;
  return `${condition.step} gave ${JSON.stringify(value)} at ${condition.pointer}, not one of ${condition.in.join(', ')}`;
}

/** Equality of JSON values; numbers and their text compare equal (a query id is text). */
function isSameValue(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'object' || typeof expected === 'object') {
    return JSON.stringify(actual) === JSON.stringify(expected);
  }
  return String(actual) === String(expected);
}
