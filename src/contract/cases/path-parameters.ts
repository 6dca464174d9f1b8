import type { OperationModel } from '../../spec/index.js';
import type { RunContext } from '../run/context.js';
import type { CaseRequest } from '../types.js';
import { acceptParameter } from './accept-parameter.js';
import { generateFreshValue } from './generate-body.js';

/**
 * The request with every `{name}` of its path filled: by the latest value of that name the run
 * received that the parameter's schema accepts, else the parameter's example, else a value
 * generated from its schema. Values are percent-encoded; a path without templates is returned as
 * it is.
 *
 * @example
 * fillPathParameters(context, operation, { ...request, path: '/credits/{creditid}/status' })
 * // path: '/credits/7/status'
 */
export function fillPathParameters(
  context: RunContext,
  operation: OperationModel | undefined,
  request: CaseRequest,
): CaseRequest {
  if (operation === undefined || !request.path.includes('{')) return request;
  const accepts = acceptParameter(context, operation, 'path');
  const path = request.path.replace(/\{([^{}]+)\}/g, (_match, name: string) => {
    const parameter = operation.parameters.find(
      (candidate) => candidate.in === 'path' && candidate.name === name,
    );
    const value =
      context.pool.latest(name, accepts) ??
      parameter?.example ??
      (parameter === undefined ? name : generateFreshValue(context, parameter.schema));
    return encodeURIComponent(String(value));
  });
  return { ...request, path };
}
