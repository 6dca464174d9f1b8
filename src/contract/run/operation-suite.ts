import type { OperationModel } from '../../spec/index.js';
import { acceptParameter } from '../cases/accept-parameter.js';
import { generateBody } from '../cases/generate-body.js';
import { listProtocolCases } from '../cases/protocol-cases.js';
import { fillReferences } from '../cases/references.js';
import type { SuiteResult } from '../types.js';
import { runBodyCases } from './body-suite.js';
import type { RunContext } from './context.js';
import { runQueryCases } from './query-suite.js';
import { createSuiteRunner, type SuiteRunner } from './suite-runner.js';

/**
 * Runs every case the spec implies for one operation: positive, negative and protocol cases,
 * in that order, so that later cases can refer to what earlier ones created.
 */
export async function runOperationSuite(
  context: RunContext,
  operation: OperationModel,
): Promise<SuiteResult> {
  const started = performance.now();
  const runner = createSuiteRunner(context, operation.operationId);
  context.emit({ type: 'suite-start', name: operation.operationId, kind: 'operation' });

  if (operation.requestBody !== undefined) await runBodyCases(runner, operation);
  await runQueryCases(runner, operation);
  await runProtocolCases(runner, operation);

  const failed = runner.results.filter((result) => result.status === 'failed').length;
  context.emit({ type: 'suite-end', name: operation.operationId, failed });
  return {
    name: operation.operationId,
    kind: 'operation',
    cases: runner.results,
    durationMs: Math.round(performance.now() - started),
  };
}

async function runProtocolCases(runner: SuiteRunner, operation: OperationModel): Promise<void> {
  const { context } = runner;
  const schema = operation.requestBody?.content.find(
    (media) => media.mediaType === 'application/json',
  )?.schema;
  const bodies: string[] = [];
  if (schema !== undefined) {
    // Bodies are made before the cases run: filling references may send a setup request.
    for (let count = 0; count < 3; count += 1) {
      const filled = await fillReferences(
        context,
        schema,
        generateBody(context, schema),
        runner.createResource,
      );
      if (filled.ok) bodies.push(JSON.stringify(filled.value));
    }
  }
  const query: Record<string, string> = {};
  const accepts = acceptParameter(context, operation, 'query');
  for (const parameter of operation.parameters.filter(
    (entry) => entry.in === 'query' && entry.required,
  )) {
    const value = context.pool.latest(parameter.name, accepts) ?? parameter.example;
    if (value !== undefined) query[parameter.name] = String(value);
  }
  const freshBody = schema === undefined ? undefined : () => bodies.shift() ?? '{}';
  for (const contractCase of listProtocolCases(
    context.contract.document,
    operation,
    freshBody,
    query,
  )) {
    await runner.run(contractCase);
  }
}
