import type { OperationModel } from '../../spec/index.js';
import type { CaseRequest, CaseResponse, Failure } from '../types.js';
import { fail, isRecord, propertiesOf } from './check.js';
import type { CompiledContract } from '../../spec/index.js';
import { mediaTypeOf } from './check.js';
import { isReachable, readTransitions } from './transitions.js';

/** Remembers the status each read answered, to judge the next answer to the same read. */
export interface StatusMemory {
  /**
   * The failures of a status that moved, since the same read (operation and query) last
   * answered, in a way the lifecycle's `x-microf1-transitions` cannot reach; `undefined` when
   * the response carries no such status.
   */
  check(
    operation: OperationModel,
    request: CaseRequest,
    response: CaseResponse,
  ): Failure[] | undefined;
}

/** Creates an empty memory, for one workflow. */
export function createStatusMemory(contract: CompiledContract): StatusMemory {
  const seen = new Map<string, string>();
  return {
    check(operation, request, response) {
      if (request.body !== undefined || !isRecord(response.json)) return undefined;
      const received = mediaTypeOf(response.headers['content-type']);
      const declared = contract.findResponse(operation, response.status)?.content ?? [];
      const schema = declared.find((entry) => entry.mediaType === received)?.schema;
      const properties = propertiesOf(schema);
      const name = Object.keys(properties).find((key) => readTransitions(properties[key]));
      const transitions = name === undefined ? undefined : readTransitions(properties[name]);
      if (name === undefined || transitions === undefined) return undefined;

      const key = `${operation.operationId} ${JSON.stringify(request.query)}`;
      const now = String(response.json[name]);
      const before = seen.get(key);
      seen.set(key, now);
      if (before === undefined || isReachable(transitions, before, now)) return [];
      return [
        fail(
          'history-consistent',
          `${name} went from ${before} to ${now}, which the lifecycle does not allow`,
          [{ pointer: `/${name}`, message: `cannot follow ${before}` }],
        ),
      ];
    },
  };
}
