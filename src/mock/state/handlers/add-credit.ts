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
 * The scenario of a `Prefer` header, or undefined when it asks for none or for one the mock does
 * not know. RFC 7240: preferences are separated by commas, each may carry `;` parameters, names
 * are case-insensitive, and a value may be quoted.
 *
 * @example readScenario('return=minimal, Scenario="REJECTED"; x=1') // 'rejected'
 */
export function readScenario(prefer: string | undefined): Scenario | undefined {
  for (const preference of (prefer ?? '').split(',')) {
    const [token = ''] = preference.split(';');
    const [name = '', value = ''] = token.split('=').map((part) => part.trim());
    const scenario = value.replace(/^"(.*)"$/, '$1').toLowerCase();
    if (name.toLowerCase() === 'scenario' && SCENARIOS.includes(scenario)) {
      return scenario as Scenario;
    }
  }
  return undefined;
}
