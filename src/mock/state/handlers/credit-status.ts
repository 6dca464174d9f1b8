import type { OperationHandler } from '../../types.js';
import { RECORD_FIELDS } from '../fields.js';
import { creditNotFound, toProblemResult } from '../problems.js';
import { createCreditStatusReader } from '../views.js';
import { type HandlerContext, readIntegerQuery } from './context.js';

/** `creditstatus`: the credit's status and history, or 404 for an unknown credit. */
export function createCreditStatusHandler(context: HandlerContext): OperationHandler {
  // The same view while nothing changes, so that the core can reuse its checked answer.
  const readStatus = createCreditStatusReader();
  return (request) => {
    const creditid = readIntegerQuery(request.query, RECORD_FIELDS.creditId);
    const credit = context.store.credits.get(creditid);
    if (credit === undefined) {
      return toProblemResult(creditNotFound(creditid));
    }
    return { kind: 'json', status: 200, body: readStatus(credit, context.clock.now()) };
  };
}
