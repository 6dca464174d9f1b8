import type { OperationHandler } from '../../types.js';
import { fileCredit } from '../file-credit.js';
import type { Scenario } from '../lifecycle.js';
import { toProblemResult } from '../problems.js';
import { viewCreditApplication } from '../views.js';
import { type HandlerContext, readBody } from './context.js';

const SCENARIOS: readonly string[] = ['approved', 'rejected', 'issued', 'repaid', 'overdue'];

/**
 * `addcredit`: files the application and answers 201 with it (the card masked), or 422 when
 * no profile has the INN. `Prefer: scenario=<status>` chooses the outcome.
 */
export function createAddCreditHandler(context: HandlerContext): OperationHandler {
  return (request) => {
    const now = context.clock.now();
    const outcome = fileCredit(context.store, readBody(request.body), now, {
      stepMs: context.stepMs,
      scenario: readScenario(request.headers.prefer),
    });
    if (!outcome.ok) {
      return toProblemResult(outcome.problem);
    }
    return { kind: 'json', status: 201, body: viewCreditApplication(outcome.value, now) };
  };
}

/**
 * The scenario of a `Prefer` header (RFC 7240: preferences separated by commas), or undefined
 * when it asks for none or for one the mock does not know.
 *
 * @example readScenario('return=minimal, scenario=rejected') // 'rejected'
 */
export function readScenario(prefer: string | undefined): Scenario | undefined {
  for (const preference of (prefer ?? '').split(',')) {
    const [name, value] = preference.split('=').map((part) => part.trim());
    if (name?.toLowerCase() === 'scenario' && value !== undefined && SCENARIOS.includes(value)) {
      return value as Scenario;
    }
  }
  return undefined;
}
