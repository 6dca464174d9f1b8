import {
  coerceBySchema,
  type JsonSchema,
  type OperationModel,
  type ParameterModel,
} from '../../spec/index.js';
import { acceptParameter } from '../cases/accept-parameter.js';
import { queryRequest } from '../cases/encode.js';
import { generateFreshValue } from '../cases/generate-body.js';
import { listMutations } from '../cases/mutations.js';
import { refusalStatuses } from '../cases/refusal.js';
import type { SuiteRunner } from './suite-runner.js';

/**
 * The cases of an operation that reads its input from the query: a valid request for each media
 * type its success response offers, with values taken from what the run created, and one
 * negative case per rule of each parameter's schema.
 */
export async function runQueryCases(runner: SuiteRunner, operation: OperationModel): Promise<void> {
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  if (parameters.length === 0) {
    if (operation.requestBody === undefined) await runPlainCases(runner, operation);
    return;
  }
  const schema = buildQuerySchema(parameters);
  const found = findValidQuery(runner, operation, parameters);
  const tolerated = found.fromRun ? [409] : [404, 409];

  const success = operation.responses.find((response) => response.status.startsWith('2'));
  for (const media of success?.content ?? [{ mediaType: '*/*' }]) {
    await runner.run({
      name: `valid query, Accept ${media.mediaType}`,
      operation,
      operationId: operation.operationId,
      request: queryRequest(operation, found.query, { accept: media.mediaType }),
      expect: { kind: 'accepted', tolerated },
    });
  }

  if (operation.responses.some((response) => response.status === '404')) {
    await runner.run({
      name: 'valid query naming nothing the target holds',
      operation,
      operationId: operation.operationId,
      request: queryRequest(operation, buildUnknownQuery(runner, parameters)),
      expect: { kind: 'refused', statuses: [404], check: 'unknown-resource-refused' },
    });
  }

  for (const mutation of listMutations(schema, found.query, runner.context.today, {
    asText: true,
  })) {
    const value = mutation.value as Record<string, unknown>;
    if (!isInvalid(runner, operation, schema, value)) {
      runner.context.skipped.push(
        `${operation.operationId} invalid ${mutation.name}: the spec's validator accepts it`,
      );
      continue;
    }
    await runner.run({
      name: `invalid ${mutation.name}`,
      operation,
      operationId: operation.operationId,
      request: queryRequest(operation, value),
      expect: {
        kind: 'refused',
        statuses: refusalStatuses(operation, 'query'),
        pointer: mutation.pointer,
      },
    });
  }
}

/**
 * An operation that takes neither a query nor a body (a plain `GET`, a `POST` that acts alone)
 * is still exercised: one request per media type its success response offers, to be accepted.
 */
async function runPlainCases(runner: SuiteRunner, operation: OperationModel): Promise<void> {
  const success = operation.responses.find((response) => response.status.startsWith('2'));
  for (const media of success?.content ?? [{ mediaType: '*/*' }]) {
    await runner.run({
      name: `plain request, Accept ${media.mediaType}`,
      operation,
      operationId: operation.operationId,
      request: queryRequest(operation, {}, { accept: media.mediaType }),
      expect: { kind: 'accepted' },
    });
  }
}

/** The query parameters of an operation as one object schema. */
function buildQuerySchema(parameters: readonly ParameterModel[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((parameter) => [parameter.name, parameter.schema]),
    ),
    required: parameters
      .filter((parameter) => parameter.required)
      .map((parameter) => parameter.name),
  };
}

/**
 * Values for the required parameters: from one response of the run that holds them all (an id
 * and its owner together), else each from the latest response, the spec's example, or generated.
 */
function findValidQuery(
  runner: SuiteRunner,
  operation: OperationModel,
  parameters: readonly ParameterModel[],
) {
  const { pool } = runner.context;
  const accepts = acceptParameter(runner.context, operation, 'query');
  const required = parameters.filter((parameter) => parameter.required);
  const record = pool.findRecord(
    required.map((parameter) => parameter.name),
    accepts,
  );
  const query: Record<string, unknown> = {};
  for (const parameter of required) {
    query[parameter.name] =
      record?.[parameter.name] ??
      pool.latest(parameter.name, accepts) ??
      parameter.example ??
      generateFreshValue(runner.context, parameter.schema);
  }
  return { query, fromRun: record !== undefined };
}

/** A valid query whose values name nothing: integers at their maximum, other values fresh. */
function buildUnknownQuery(runner: SuiteRunner, parameters: readonly ParameterModel[]) {
  const query: Record<string, unknown> = {};
  for (const parameter of parameters.filter((entry) => entry.required)) {
    const maximum = parameter.schema.maximum;
    query[parameter.name] =
      parameter.schema.type === 'integer' && typeof maximum === 'number'
        ? maximum
        : generateFreshValue(runner.context, parameter.schema);
  }
  return query;
}

/** Whether the spec's validator refuses a query, read from text as a server reads it. */
function isInvalid(
  runner: SuiteRunner,
  operation: OperationModel,
  schema: JsonSchema,
  value: Readonly<Record<string, unknown>>,
): boolean {
  const text = Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([name, item]) => [name, String(item)]),
  );
  const coerced = coerceBySchema(text, schema) as Record<string, unknown>;
  return runner.context.contract.validateQuery(operation, coerced, 'en').length > 0;
}
