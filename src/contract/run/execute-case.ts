import { redactText } from '../../privacy/index.js';
import { escapePointerToken } from '../../rules/index.js';
import { findAnnotated } from '../../spec/index.js';
import type { ContractCase } from '../cases/contract-case.js';
import { fillPathParameters } from '../cases/path-parameters.js';
import { cardDigits } from '../checks/card-match.js';
import { runResponseChecks } from '../checks/index.js';
import { checkExpectation } from '../checks/expectation-checks.js';
import { type ExchangeSetting, recordExchange } from '../report/redact.js';
import type { CaseResponse, CaseResult, Failure } from '../types.js';
import type { RunContext } from './context.js';
import type { ExtraChecks } from './suite-runner.js';

/** A finished case, and the response when one came. */
export interface ExecutedCase {
  readonly result: CaseResult;
  readonly response: CaseResponse | undefined;
}

/**
 * Sends one case, runs every response check and the case's expectation, counts the status for
 * coverage, and learns from a successful answer what later cases may refer to.
 */
export async function executeCase(
  context: RunContext,
  contractCase: ContractCase,
  extraChecks?: ExtraChecks,
): Promise<ExecutedCase> {
  const started = performance.now();
  const { operation } = contractCase;
  const pathOwner = operation ?? context.contract.operation(contractCase.operationId);
  const request = fillPathParameters(context, pathOwner, contractCase.request);
  const cardNumbers = findCardNumbers(context, request.value, request.query);
  // Known before the request goes, so that no answer can hold a card the reports do not know.
  for (const card of cardNumbers) {
    const digits = cardDigits(card);
    if (digits !== undefined) context.sentCards.add(digits);
  }
  const sent = await context.client.send(request);
  const durationMs = Math.round(performance.now() - started);

  if (!sent.ok) {
    const failure = {
      check: 'no-server-error',
      message: `no response: ${sent.error}`,
      violations: [],
    };
    const result: CaseResult = {
      name: contractCase.name,
      operationId: contractCase.operationId,
      status: 'failed',
      checks: ['no-server-error'],
      failures: [failure],
      exchange: recordExchange(exchangeSetting(context), request, undefined),
      durationMs,
    };
    return { result, response: undefined };
  }

  const { response } = sent;
  if (operation !== undefined) context.coverage.record(operation.operationId, response.status);
  const checked = runResponseChecks(
    {
      contract: context.contract,
      operation,
      request,
      response,
      cardNumbers,
      maxResponseMs: context.maxResponseMs,
    },
    context.checks,
  );
  const expected = checkExpectation(contractCase.expect, response);
  const extra = extraChecks?.run(response) ?? [];
  const keep = (name: string) => context.checks === undefined || context.checks.has(name);

  const applied = [...checked.applied, ...expected.applied, ...(extraChecks?.names ?? [])].filter(
    keep,
  );
  const failures = [
    ...checked.failures,
    ...expected.failures.filter((failure) => keep(failure.check)),
    ...extra.filter((failure) => keep(failure.check)),
  ];
  // Only an answer to a request sent as valid teaches the run: a target that wrongly accepts an
  // invalid request would otherwise hand that invalid value to every later case.
  if (response.status >= 200 && response.status < 300 && isSentAsValid(contractCase)) {
    learn(context, contractCase, response);
  }

  const result: CaseResult = {
    name: contractCase.name,
    operationId: contractCase.operationId,
    status: failures.length === 0 ? 'passed' : 'failed',
    checks: [...new Set(applied)],
    failures: failures.map(maskFailure),
    exchange: recordExchange(exchangeSetting(context), request, response, failures.length > 0),
    durationMs,
  };
  return { result, response };
}

/** How reports mask this run's exchanges. */
function exchangeSetting(context: RunContext): ExchangeSetting {
  return {
    baseUrl: context.baseUrl,
    fields: context.piiFields,
    headerNames: context.headerNames,
    seed: context.seed,
    sentCards: context.sentCards,
  };
}

/** A failure whose texts went through the log policy: a value quoted in a message is masked. */
function maskFailure(failure: Failure): Failure {
  return {
    check: failure.check,
    message: redactText(failure.message, 'log'),
    violations: failure.violations.map((violation) => ({
      pointer: violation.pointer,
      message: redactText(violation.message, 'log'),
    })),
  };
}

/** Whether the case's request is meant to be valid, so its answer may be learned from. */
function isSentAsValid(contractCase: ContractCase): boolean {
  const { expect } = contractCase;
  return expect.kind === 'accepted' || (expect.kind === 'none' && expect.valid === true);
}

/** Records a successful response, and the unique keys its request created. */
function learn(context: RunContext, contractCase: ContractCase, response: CaseResponse): void {
  const media = contractCase.operation?.requestBody?.content[0];
  const keys = new Map<string, unknown>();
  const sent = contractCase.request.value as Record<string, unknown> | undefined;
  const body = response.json as Record<string, unknown> | undefined;

  for (const [name, kind] of findAnnotated(media?.schema, 'x-microf1-unique')) {
    const value = body?.[name] ?? sent?.[name];
    if (value === undefined || typeof kind !== 'string') continue;
    // A key the field's own schema refuses would make every request that names it invalid.
    if (isValidField(context, contractCase, { ...sent, [name]: value }, name))
      keys.set(kind, value);
  }
  context.pool.record(response.json, keys);
}

/** Whether the request body's schema has nothing to say against the field `name` of `body`. */
function isValidField(
  context: RunContext,
  contractCase: ContractCase,
  body: Record<string, unknown>,
  name: string,
): boolean {
  const { operation } = contractCase;
  const media = operation?.requestBody?.content[0];
  if (operation === undefined || media === undefined) return true;
  const pointer = `/${escapePointerToken(name)}`;
  return context.contract
    .validateRequestBody(operation, media, body, 'en')
    .every(
      (violation) => violation.pointer !== pointer && !violation.pointer.startsWith(`${pointer}/`),
    );
}

/** Every value the request carried in a field the spec marks as a card number. */
function findCardNumbers(
  context: RunContext,
  value: unknown,
  query: Readonly<Record<string, string>>,
): string[] {
  const names = new Set(
    context.piiFields.filter((field) => field.kind === 'card-number').map((field) => field.name),
  );
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, item] of Object.entries(node)) {
      if (names.has(key) && (typeof item === 'string' || typeof item === 'number')) {
        found.push(String(item));
      }
      visit(item);
    }
  };
  visit(value);
  visit(query);
  return found;
}
