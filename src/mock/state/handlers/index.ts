import type { OperationHandler } from '../../types.js';
import { OPERATIONS } from '../fields.js';
import { createAddCreditHandler } from './add-credit.js';
import { createAddUserHandler } from './add-user.js';
import type { HandlerContext } from './context.js';
import { createCreditDocsHandler } from './credit-docs.js';
import { createCreditStatusHandler } from './credit-status.js';

export type { HandlerContext } from './context.js';
export { readScenario } from './add-credit.js';

/** The handler of every operation of the spec, keyed by operationId. */
export function createHandlers(context: HandlerContext): Record<string, OperationHandler> {
  return {
    [OPERATIONS.addUser]: createAddUserHandler(context),
    [OPERATIONS.addCredit]: createAddCreditHandler(context),
    [OPERATIONS.creditStatus]: createCreditStatusHandler(context),
    [OPERATIONS.creditDocs]: createCreditDocsHandler(context),
  };
}
