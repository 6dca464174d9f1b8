import type { OperationHandler } from '../../types.js';
import { toProblemResult } from '../problems.js';
import { registerProfile } from '../register-profile.js';
import { type HandlerContext, readBody } from './context.js';

/** `adduser`: stores the profile and answers 201 with it, or 409 for a duplicate INN. */
export function createAddUserHandler(context: HandlerContext): OperationHandler {
  return (request) => {
    const outcome = registerProfile(
      context.store,
      readBody(request.body),
      context.clock.now(),
      context.profileOrder,
    );
    if (!outcome.ok) {
      return toProblemResult(outcome.problem);
    }
    return { kind: 'json', status: 201, body: outcome.value };
  };
}
