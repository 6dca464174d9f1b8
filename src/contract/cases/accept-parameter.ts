import type { OperationModel } from '../../spec/index.js';
import type { RunContext } from '../run/context.js';
import type { AcceptValue } from '../run/resource-pool.js';

/**
 * A test of values learned from the target for the parameters of an operation: a value fills a
 * parameter only when the parameter's schema accepts it, so a value a faulty target let through
 * never turns a valid request into an invalid one. Names that are no parameter pass.
 *
 * @example
 * const record = context.pool.findRecord(['inn'], acceptParameter(context, operation, 'query'));
 */
export function acceptParameter(
  context: RunContext,
  operation: OperationModel,
  place: 'query' | 'path',
): AcceptValue {
  return (name, value) => {
    const parameter = operation.parameters.find(
      (candidate) => candidate.in === place && candidate.name === name,
    );
    if (parameter === undefined) return true;
    return context.contract.validate(parameter.schemaRef, value, 'en').length === 0;
  };
}
