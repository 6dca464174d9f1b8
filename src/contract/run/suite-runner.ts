import { redactText } from '../../privacy/index.js';
import type { ContractCase } from '../cases/contract-case.js';
import { fillReferences } from '../cases/references.js';
import { findCreator } from '../cases/references.js';
import { generateBody } from '../cases/generate-body.js';
import type { CaseResponse, CaseResult, Failure } from '../types.js';
import type { RunContext } from './context.js';
import { type ExecutedCase, executeCase } from './execute-case.js';

/** Runs the cases of one suite in order and keeps their results. */
export interface SuiteRunner {
  readonly context: RunContext;
  readonly name: string;
  readonly results: CaseResult[];
  /** Sends a case and records its result. */
  run(contractCase: ContractCase, extra?: ExtraChecks): Promise<ExecutedCase>;
  /** Sends a case without recording it (one attempt of a poll). */
  execute(contractCase: ContractCase, extra?: ExtraChecks): Promise<ExecutedCase>;
  /** Records a result. */
  record(result: CaseResult): void;
  /** Records a case that could not be sent, with the reason. */
  notReached(name: string, operationId: string, reason: string): void;
  /** Creates a resource of a kind on the target, as a setup case of this suite. */
  createResource(kind: string): Promise<boolean>;
}

/** Checks of a case beyond the response checks and its expectation (a workflow's assertion). */
export interface ExtraChecks {
  readonly names: readonly string[];
  run(response: CaseResponse): readonly Failure[];
}

const MAX_SETUP_DEPTH = 3;

/** Creates the runner of one suite. */
export function createSuiteRunner(context: RunContext, name: string): SuiteRunner {
  const results: CaseResult[] = [];
  let depth = 0;

  const runner: SuiteRunner = {
    context,
    name,
    results,
    async run(contractCase, extra) {
      const executed = await executeCase(context, contractCase, extra);
      runner.record(executed.result);
      return executed;
    },
    execute: (contractCase, extra) => executeCase(context, contractCase, extra),
    record(result) {
      results.push(result);
      context.emit({ type: 'case-end', suite: name, name: result.name, status: result.status });
    },
    notReached(caseName, operationId, reason) {
      runner.record({
        name: caseName,
        operationId,
        status: 'not-reached',
        reason: redactText(reason, 'log'),
        checks: [],
        failures: [],
        durationMs: 0,
      });
    },
    async createResource(kind) {
      const creator = findCreator(context, kind);
      const operation = creator && context.contract.operation(creator.operationId);
      const media = operation?.requestBody?.content.find(
        (entry) => entry.mediaType === 'application/json',
      );
      if (operation === undefined || media?.schema === undefined || depth >= MAX_SETUP_DEPTH)
        return false;

      depth += 1;
      const filled = await fillReferences(
        context,
        media.schema,
        generateBody(context, media.schema),
        runner.createResource,
      );
      depth -= 1;
      if (!filled.ok) return false;
      await runner.run({
        name: `setup: create a ${kind}`,
        operation,
        operationId: operation.operationId,
        request: {
          method: operation.method.toUpperCase(),
          path: operation.path,
          query: {},
          headers: { 'content-type': media.mediaType },
          body: JSON.stringify(filled.value),
          value: filled.value,
        },
        expect: { kind: 'accepted' },
      });
      return context.pool.keysOf(kind).length > 0;
    },
  };
  return runner;
}
