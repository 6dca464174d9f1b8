import type { CompiledContract, JsonSchema, OperationModel } from '../../spec/index.js';
import type { CaseRequest, CaseResponse, Failure, ViolationDetail } from '../types.js';

/** What a check sees: the operation (absent outside any operation), the request, the response. */
export interface CheckInput {
  readonly contract: CompiledContract;
  readonly operation: OperationModel | undefined;
  readonly request: CaseRequest;
  readonly response: CaseResponse;
  /** Card numbers the request carried, to look for in the response. */
  readonly cardNumbers: readonly string[];
  readonly maxResponseMs: number | undefined;
}

/** A named check: the failures it finds, or none. `undefined` when it does not apply. */
export interface ResponseCheck {
  readonly name: string;
  run(input: CheckInput): readonly Failure[] | undefined;
}

/** Builds one failure of a check. */
export function fail(
  check: string,
  message: string,
  violations: readonly ViolationDetail[] = [],
): Failure {
  return { check, message, violations };
}

/** The media type of a `Content-Type` header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The dereferenced schema of the response's body, as the spec declares it for its status. */
export function findResponseSchema(input: CheckInput): JsonSchema | undefined {
  const { contract, operation, response } = input;
  if (operation === undefined) return undefined;
  const received = mediaTypeOf(response.headers['content-type']);
  const declared = contract.findResponse(operation, response.status)?.content ?? [];
  return declared.find((entry) => entry.mediaType === received)?.schema;
}

/** The schema of what the request sent: its body's, or its query parameters' as one object. */
export function findRequestSchema(input: CheckInput): JsonSchema | undefined {
  const { operation, request } = input;
  if (operation === undefined) return undefined;
  if (request.body === undefined) {
    const query = operation.parameters.filter((parameter) => parameter.in === 'query');
    return {
      type: 'object',
      properties: Object.fromEntries(query.map((parameter) => [parameter.name, parameter.schema])),
    };
  }
  const sent = mediaTypeOf(request.headers['content-type']);
  return operation.requestBody?.content.find((entry) => entry.mediaType === sent)?.schema;
}

/** The schemas of an object's properties. */
export function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  return (schema?.properties ?? {}) as Record<string, JsonSchema>;
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer one property deeper. */
export function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
