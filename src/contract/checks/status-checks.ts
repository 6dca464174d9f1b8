import { type CheckInput, fail, type ResponseCheck } from './check.js';

/** No response is ever a 5xx: a server fault is never the client's doing. */
export const noServerError: ResponseCheck = {
  name: 'no-server-error',
  run({ response }) {
    if (response.status < 500) return [];
    return [fail('no-server-error', `the server answered ${response.status}`)];
  },
};

/** The status is one the operation declares (exactly, as a range, or as `default`). */
export const statusDocumented: ResponseCheck = {
  name: 'status-documented',
  run({ contract, operation, response }: CheckInput) {
    if (operation === undefined) return undefined;
    if (contract.findResponse(operation, response.status) !== undefined) return [];
    const declared = operation.responses.map((entry) => entry.status).join(', ');
    return [
      fail(
        'status-documented',
        `status ${response.status} is not declared for ${operation.operationId} (declared: ${declared})`,
      ),
    ];
  },
};

/** The response came within the time budget, when one is set. */
export const responseTime: ResponseCheck = {
  name: 'response-time',
  run({ response, maxResponseMs }) {
    if (maxResponseMs === undefined) return undefined;
    if (response.durationMs <= maxResponseMs) return [];
    return [
      fail(
        'response-time',
        `the response took ${response.durationMs} ms, over the budget of ${maxResponseMs} ms`,
      ),
    ];
  },
};
