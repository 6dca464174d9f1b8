import type { JsonSchema, MediaModel, OperationModel } from '../../spec/index.js';
import { bodyRequest } from '../cases/encode.js';
import { listEdgeVariants } from '../cases/edges.js';
import { generateBody, refreshUniqueFields } from '../cases/generate-body.js';
import { listMutations } from '../cases/mutations.js';
import { fillReferences } from '../cases/references.js';
import { refusalStatuses } from '../cases/refusal.js';
import type { SuiteRunner } from './suite-runner.js';

/** How many generated bodies each media type gets: JSON most, other encodings fewer. */
/** How many bodies are generated to pick the fullest as the base of negative cases. */
const RICH_CANDIDATES = 8;

const GENERATED_PER_MEDIA: Readonly<Record<string, number>> = { 'application/json': 3 };

/**
 * The cases of an operation that takes a body: its examples and generated bodies in every media
 * type (valid ones must be accepted), bodies with one field on a bound, its invalid examples, and
 * one negative case per rule the schema states (each must be refused, naming the field).
 */
export async function runBodyCases(runner: SuiteRunner, operation: OperationModel): Promise<void> {
  const content = operation.requestBody?.content ?? [];
  for (const media of content) {
    await runPositiveCases(runner, operation, media);
  }
  const json = content.find((media) => media.mediaType === 'application/json') ?? content[0];
  if (json?.schema === undefined) return;

  await runEdgeCases(runner, operation, json, json.schema);
  for (const media of content) await runInvalidExamples(runner, operation, media);
  await runNegativeCases(runner, operation, json, json.schema);
}

async function runPositiveCases(runner: SuiteRunner, operation: OperationModel, media: MediaModel) {
  const { context } = runner;
  if (media.schema === undefined) return;
  const bodies: [string, Record<string, unknown>][] = media.examples
    .filter((example) => example.invalid === undefined && isObject(example.value))
    .map((example) => [
      `example "${example.name}"`,
      refreshUniqueFields(context, media.schema ?? {}, example.value as Record<string, unknown>),
    ]);
  const count = GENERATED_PER_MEDIA[media.mediaType] ?? 1;
  for (let index = 0; index < count; index += 1) {
    bodies.push([`generated #${index + 1}`, generateBody(context, media.schema)]);
  }
  for (const [name, body] of bodies) {
    await sendValid(runner, operation, media, `valid ${name} (${media.mediaType})`, body);
  }
}

async function runEdgeCases(
  runner: SuiteRunner,
  operation: OperationModel,
  media: MediaModel,
  schema: JsonSchema,
) {
  for (const variant of listEdgeVariants(schema, generateBody(runner.context, schema))) {
    const body = refreshUniqueFields(
      runner.context,
      schema,
      variant.value as Record<string, unknown>,
    );
    await sendValid(runner, operation, media, `valid edge: ${variant.name}`, body, true);
  }
}

/** Sends a body that must validate; one that does not (after references) is skipped, not sent. */
async function sendValid(
  runner: SuiteRunner,
  operation: OperationModel,
  media: MediaModel,
  name: string,
  body: Record<string, unknown>,
  quiet = false,
): Promise<void> {
  const { context } = runner;
  const filled = await fillReferences(context, media.schema, body, runner.createResource);
  if (!filled.ok) return runner.notReached(name, operation.operationId, filled.reason);

  const violations = context.contract.validateRequestBody(operation, media, filled.value, 'en');
  if (violations.length > 0) {
    if (!quiet)
      context.skipped.push(
        `${operation.operationId} ${name}: not valid against the spec (${violations.map((v) => `${v.pointer} ${v.code}`).join(', ')})`,
      );
    return;
  }
  await runner.run({
    name,
    operation,
    operationId: operation.operationId,
    request: bodyRequest(operation, media.mediaType, filled.value),
    expect: { kind: 'accepted' },
  });
}

async function runInvalidExamples(
  runner: SuiteRunner,
  operation: OperationModel,
  media: MediaModel,
) {
  for (const example of media.examples) {
    if (example.invalid === undefined || !isObject(example.value)) continue;
    const field = topLevelName(example.invalid.pointer);
    const name = `invalid example "${example.name}" (${media.mediaType})`;
    await sendInvalid(runner, operation, media, name, example.value, field, {
      pointer: example.invalid.pointer,
      code: example.invalid.code,
    });
  }
}

async function runNegativeCases(
  runner: SuiteRunner,
  operation: OperationModel,
  media: MediaModel,
  schema: JsonSchema,
) {
  const { context } = runner;
  const base = await fillReferences(
    context,
    schema,
    generateRichBody(runner, schema),
    runner.createResource,
  );
  if (!base.ok) return runner.notReached('negative cases', operation.operationId, base.reason);

  for (const mutation of listMutations(schema, base.value, context.today)) {
    const expected = {
      pointer: mutation.pointer,
      ...(mutation.code === undefined ? {} : { code: mutation.code }),
    };
    await sendInvalid(
      runner,
      operation,
      media,
      `invalid ${mutation.name}`,
      mutation.value as Record<string, unknown>,
      topLevelName(mutation.pointer),
      expected,
    );
  }
}

/**
 * Sends a body that must be refused. Unique and reference fields other than the broken one are
 * made fresh and real, so the broken rule is the only reason to refuse; a body the spec's own
 * validator accepts is never sent (no false alarms).
 */
async function sendInvalid(
  runner: SuiteRunner,
  operation: OperationModel,
  media: MediaModel,
  name: string,
  value: Record<string, unknown>,
  field: string,
  expected: { pointer: string; code?: string },
): Promise<void> {
  const { context } = runner;
  const schema = media.schema ?? {};
  const fresh = refreshUniqueFields(context, schema, value, [field]);
  const filled = await fillReferences(context, schema, fresh, runner.createResource, [field]);
  if (!filled.ok) return runner.notReached(name, operation.operationId, filled.reason);

  if (context.contract.validateRequestBody(operation, media, filled.value, 'en').length === 0) {
    context.skipped.push(`${operation.operationId} ${name}: the spec's validator accepts it`);
    return;
  }
  await runner.run({
    name,
    operation,
    operationId: operation.operationId,
    request: bodyRequest(operation, media.mediaType, filled.value),
    expect: { kind: 'refused', statuses: refusalStatuses(operation, 'body'), ...expected },
  });
}

/**
 * The generated body with the most fields filled, out of a few, so that optional fields and
 * their `dependentRequired` companions get negative cases too.
 */
function generateRichBody(runner: SuiteRunner, schema: JsonSchema): Record<string, unknown> {
  const candidates = Array.from({ length: RICH_CANDIDATES }, () =>
    generateBody(runner.context, schema, 1),
  );
  const size = (body: unknown) => JSON.stringify(body).split('":').length;
  return candidates.reduce((best, candidate) => (size(candidate) > size(best) ? candidate : best));
}

function topLevelName(pointer: string): string {
  return (pointer.split('/')[1] ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
