import { HTTP_METHODS } from '../../spec/types.js';
import type { OpenApiDocument, OperationModel } from '../../spec/index.js';
import type { ContractCase } from './contract-case.js';
import { refusalStatuses } from './refusal.js';

/** The size of an oversized body: over the limits servers commonly set (1 MiB). */
const OVERSIZED_BYTES = 2 * 1024 * 1024;

/** A media type no operation takes or produces. */
const FOREIGN_MEDIA = 'application/x-microf1-unsupported';

/**
 * Requests wrong at the level of HTTP rather than of the schema: a body that is not JSON, a body
 * in a media type the operation does not take, an `Accept` it cannot satisfy, and a method the
 * path does not serve. `freshBody` gives the JSON text of a new valid body, when the operation takes one.
 */
export function listProtocolCases(
  document: OpenApiDocument,
  operation: OperationModel,
  freshBody: (() => string) | undefined,
  query: Readonly<Record<string, string>>,
): ContractCase[] {
  const cases: ContractCase[] = [];
  const base = { operation, operationId: operation.operationId };
  const request = { method: operation.method.toUpperCase(), path: operation.path, query };
  const declared = new Set(operation.responses.map((response) => response.status));

  if (freshBody !== undefined) {
    const validBody = freshBody();
    cases.push({
      ...base,
      name: 'malformed JSON body',
      request: {
        ...request,
        headers: { 'content-type': 'application/json' },
        body: validBody.slice(0, Math.max(1, Math.floor(validBody.length / 2))),
      },
      expect: { kind: 'refused', statuses: refusalStatuses(operation, 'malformed') },
    });
    cases.push({
      ...base,
      name: `body in an unsupported media type (${FOREIGN_MEDIA})`,
      request: { ...request, headers: { 'content-type': FOREIGN_MEDIA }, body: validBody },
      expect: { kind: 'refused', statuses: refusalStatuses(operation, 'media-type') },
    });
  }
  if (declared.has('413')) {
    const padding = 'x'.repeat(OVERSIZED_BYTES);
    cases.push({
      ...base,
      name: `a body of ${OVERSIZED_BYTES} bytes`,
      request: {
        ...request,
        headers: { 'content-type': 'application/json' },
        body: `{"x_contract_padding":"${padding}"}`,
      },
      expect: { kind: 'refused', statuses: [413, 400, 422] },
    });
  }
  if (declared.has('406')) {
    const body = freshBody === undefined ? {} : { body: freshBody() };
    const type = freshBody === undefined ? {} : { 'content-type': 'application/json' };
    cases.push({
      ...base,
      name: `Accept: ${FOREIGN_MEDIA}`,
      request: { ...request, headers: { accept: FOREIGN_MEDIA, ...type }, ...body },
      expect: { kind: 'refused', statuses: refusalStatuses(operation, 'accept') },
    });
    // The same refusal asked for in English, for an operation whose errors speak two languages.
    if (
      operation.parameters.some((parameter) => parameter.name.toLowerCase() === 'accept-language')
    )
      cases.push({
        ...base,
        name: `Accept: ${FOREIGN_MEDIA}, Accept-Language: en`,
        request: {
          ...request,
          headers: { accept: FOREIGN_MEDIA, 'accept-language': 'en', ...type },
          ...(freshBody === undefined ? {} : { body: freshBody() }),
        },
        expect: { kind: 'refused', statuses: refusalStatuses(operation, 'accept') },
      });
  }

  const served = Object.keys(document.paths[operation.path] ?? {});
  const wrong = HTTP_METHODS.find(
    (method) =>
      !served.includes(method) && ['put', 'delete', 'patch', 'post', 'get'].includes(method),
  );
  if (wrong !== undefined) {
    cases.push({
      operation: undefined,
      operationId: operation.operationId,
      name: `wrong method ${wrong.toUpperCase()}`,
      request: { ...request, method: wrong.toUpperCase(), headers: {} },
      expect: { kind: 'refused', statuses: refusalStatuses(undefined, 'method') },
    });
  }
  return cases;
}
