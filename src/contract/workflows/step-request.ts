import { resolveJsonPointer } from '../../rules/index.js';
import type { JsonSchema, OperationModel } from '../../spec/index.js';
import { bodyRequest, queryRequest } from '../cases/encode.js';
import { generateBody, generateFreshValue } from '../cases/generate-body.js';
import { setAtPointer } from '../cases/pointer.js';
import { fillReferences } from '../cases/references.js';
import type { SuiteRunner } from '../run/suite-runner.js';
import type { CaseRequest } from '../types.js';
import { fillTemplates, type TemplateScope } from './template.js';
import type { GeneratedBody, WorkflowStep } from './types.js';

/** A step's request, or why it cannot be built. */
export type StepRequest =
  | { readonly ok: true; readonly request: CaseRequest }
  | { readonly ok: false; readonly reason: string };

/**
 * Builds the request of a workflow step: its query, headers and body with every template
 * filled from earlier steps; a `generate` body is made valid from the spec, then changed.
 */
export async function buildStepRequest(
  runner: SuiteRunner,
  operation: OperationModel,
  step: WorkflowStep,
  scope: TemplateScope,
): Promise<StepRequest> {
  const query = fillTemplates(step.query ?? {}, scope);
  const headers = fillTemplates(step.headers ?? {}, scope);
  for (const filled of [query, headers]) {
    if (!filled.ok)
      return { ok: false, reason: `needs ${filled.missing}, which no earlier step gave` };
  }
  const headerValues = headers.ok ? (headers.value as Record<string, string>) : {};
  if (step.body === undefined) {
    return {
      ok: true,
      request: queryRequest(
        operation,
        query.ok ? (query.value as Record<string, unknown>) : {},
        headerValues,
      ),
    };
  }

  const mediaType = step.mediaType ?? 'application/json';
  const body = isGenerated(step.body)
    ? await buildGeneratedBody(runner, operation, mediaType, step.body, scope)
    : fillTemplates(step.body, scope);
  if (!body.ok)
    return {
      ok: false,
      reason:
        'reason' in body
          ? String(body.reason)
          : `needs ${String(body.missing)}, which no earlier step gave`,
    };

  const request = bodyRequest(operation, mediaType, body.value, headerValues);
  return {
    ok: true,
    request: {
      ...request,
      query: queryRequest(operation, query.ok ? (query.value as Record<string, unknown>) : {})
        .query,
    },
  };
}

async function buildGeneratedBody(
  runner: SuiteRunner,
  operation: OperationModel,
  mediaType: string,
  spec: GeneratedBody,
  scope: TemplateScope,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  const { context } = runner;
  const schema = operation.requestBody?.content.find(
    (media) => media.mediaType === mediaType,
  )?.schema;
  if (schema === undefined)
    return { ok: false, reason: `${operation.operationId} takes no ${mediaType} body` };

  const set = fillTemplates(spec.set ?? {}, scope);
  if (!set.ok) return { ok: false, reason: `needs ${set.missing}, which no earlier step gave` };
  const changes = Object.entries(set.value as Record<string, unknown>);
  const fresh = spec.fresh ?? [];
  const keep = [...changes.map(([pointer]) => pointer), ...fresh].map(
    (pointer) => pointer.split('/')[1] ?? '',
  );

  const filled = await fillReferences(
    context,
    schema,
    generateBody(context, schema),
    runner.createResource,
    keep,
  );
  if (!filled.ok) return filled;
  let value: unknown = filled.value;
  for (const [pointer, item] of changes) value = setAtPointer(value, pointer, item);
  for (const pointer of fresh) {
    const node = resolveJsonPointer(schema, pointer.replaceAll('/', '/properties/')) as
      | JsonSchema
      | undefined;
    value = setAtPointer(value, pointer, generateFreshValue(context, node ?? { type: 'string' }));
  }
  return { ok: true, value };
}

function isGenerated(body: unknown): body is GeneratedBody {
  return (
    typeof body === 'object' && body !== null && (body as { generate?: unknown }).generate === true
  );
}
