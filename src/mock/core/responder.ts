import type { Logger } from 'pino';
import { redactUrl } from '../../privacy/redact-url.js';
import type { Language } from '../../rules/messages.js';
import type { CompiledContract } from '../../spec/compile.js';
import type { OperationModel } from '../../spec/operations.js';
import type { HandlerResult, MockRequest, OperationHandler, ReferenceCheck } from '../types.js';
import { createCheckCache } from './check-cache.js';
import { checkReply, findProblemSchemaRef } from './check-response.js';
import { renderCoreProblem, renderDomainProblem } from './render-problem.js';
import { jsonReply, type Reply } from './reply.js';
import { createRouter, type Router } from './router.js';
import { validateRequest } from './validate-request.js';

/** How one request was answered: the reply, the operation it matched, what was wrong. */
export interface Outcome {
  readonly reply: Reply;
  readonly operationId: string | undefined;
  readonly violations: readonly { readonly pointer: string; readonly code: string }[];
}

/** The request as the responder takes it, its URL already split. */
export interface RoutedRequest {
  readonly request: MockRequest;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly language: Language;
}

/** Answers the requests of one spec (the MicroF1 API, or the control API) with its handlers. */
export interface Responder {
  readonly router: Router;
  /** The outcome at once when the handler answers at once, else a promise of it. */
  answer(input: RoutedRequest): Outcome | Promise<Outcome>;
}

export interface ResponderOptions {
  readonly contract: CompiledContract;
  readonly handlers: Readonly<Record<string, OperationHandler>>;
  /** The domain's rules on single values, by operationId (see `ReferenceCheck`). */
  readonly referenceChecks?: Readonly<Record<string, ReferenceCheck>> | undefined;
  readonly strict: boolean;
  readonly bodyLimitBytes: number;
  readonly logger: Logger;
  /** The clock's day, which date rules of response schemas may read. */
  readonly today: () => string;
}

/**
 * Builds the responder of one spec: route, validate, call the handler, check the reply against
 * the spec. Everything it needs from the spec is compiled here, once. A handler that answers at
 * once is answered at once, without a promise.
 */
export function createResponder(options: ResponderOptions): Responder {
  const { contract, handlers, logger } = options;
  const router = createRouter(contract.operations);
  const problemSchemaRef = findProblemSchemaRef(contract);
  const checked = createCheckCache(options.today);

  function respond(input: RoutedRequest): Outcome | Promise<Outcome> {
    const { request, path, language } = input;
    const match = router.match(request.method, path);
    // Only answers to reads repeat; those to writes (a new profile each) would only churn.
    const answered = (reply: Reply, operation?: OperationModel, violations?: Violations) =>
      check(reply, operation, violations ?? NO_VIOLATIONS, isSafeMethod(request.method), language);

    // Nothing documented here: name the nearest path.
    if (match.kind === 'unknown-path') {
      // Quoted back decoded-and-masked where it hides a number behind its encoding.
      const params = { path: redactUrl(path.slice(0, 200), 'public'), nearest: match.nearest };
      const extensions = { nearest_path: match.nearest };
      return answered(renderCoreProblem('unknown-path', language, params, { extensions }));
    }

    // A documented path, another method: say which ones it takes.
    if (match.kind === 'wrong-method') {
      const allow = match.allow.join(', ');
      const headers = { allow };
      return answered(
        renderCoreProblem('method-not-allowed', language, { path, allow }, { headers }),
      );
    }

    const { operation } = match;
    const validated = validateRequest({
      contract,
      operation,
      request,
      pathParams: match.params,
      query: input.query,
      language,
      bodyLimitBytes: options.bodyLimitBytes,
      checkReferences: options.referenceChecks?.[operation.operationId],
    });
    if (!validated.ok) return answered(validated.reply, operation, validated.violations);

    const handler = handlers[operation.operationId];
    if (handler === undefined) {
      logger.error({ operationId: operation.operationId }, 'no handler for the operation');
      return answered(renderCoreProblem('internal-error', language), operation);
    }
    const result = handler(validated.request);
    const finish = (settled: HandlerResult) => answered(toReply(settled, language), operation);
    return result instanceof Promise ? result.then(finish) : finish(result);
  }

  /**
   * Checks a reply against the spec; a violation is logged, and in strict mode replaces it.
   * A small reply that passed may be remembered, so that the same reply passes again unchecked.
   */
  function check(
    unserialised: Reply,
    operation: OperationModel | undefined,
    violations: Violations,
    mayRemember: boolean,
    language: Language,
  ): Outcome {
    const operationId = operation?.operationId;
    const reused = mayRemember ? checked.recall(unserialised, operationId) : undefined;
    if (reused !== undefined) return { reply: reused, operationId, violations };
    const reply = serialiseJson(unserialised);

    // The same small answer as before passes as before.
    const isRemembered =
      mayRemember && reply.bytes === undefined && (reply.text?.length ?? 0) <= MAX_REMEMBERED;
    const key = isRemembered
      ? `${operationId}|${reply.status}|${reply.contentType}|${reply.text}`
      : '';
    if (isRemembered && checked.has(key)) return { reply, operationId, violations };

    const broken = checkReply(contract, operation, reply, problemSchemaRef);
    if (broken.length === 0) {
      if (isRemembered) checked.add(key);
      if (mayRemember) checked.keep(unserialised, operationId, reply);
      return { reply, operationId, violations };
    }

    logger.error(
      { operationId, status: reply.status, violations: broken },
      'response does not match the contract',
    );
    if (!options.strict) return { reply, operationId, violations };

    // Logged in English above; the client reads it in its own language.
    const params = { status: reply.status };
    const errors =
      language === 'en'
        ? broken
        : checkReply(contract, operation, reply, problemSchemaRef, language);
    const replaced = renderCoreProblem('response-contract-violation', language, params, { errors });
    return { reply: replaced, operationId, violations: broken };
  }

  return { router, answer: respond };
}

type Violations = Outcome['violations'];

const NO_VIOLATIONS: Violations = [];

function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Answers longer than this (listings of the control API) are checked every time, not kept. */
const MAX_REMEMBERED = 16 * 1024;

function serialiseJson(reply: Reply): Reply {
  if (reply.json === undefined || reply.text !== undefined) return reply;
  return { ...reply, text: JSON.stringify(reply.json) };
}

function toReply(result: HandlerResult, language: Language): Reply {
  switch (result.kind) {
    case 'json':
      return jsonReply(result.status, result.body);
    case 'binary': {
      const reply = { status: result.status, contentType: result.contentType, bytes: result.body };
      if (result.filename === undefined) return reply;
      return { ...reply, headers: { 'content-disposition': formatDisposition(result.filename) } };
    }
    case 'problem':
      return renderDomainProblem(result.problem, language);
  }
}

/**
 * `inline; filename="..."` (RFC 6266): quotes and backslashes escaped; a name beyond ASCII is
 * also given whole as `filename*` in UTF-8, its plain form with `_` for what ASCII lacks.
 */
export function formatDisposition(filename: string): string {
  const plain = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '\\$&');
  const disposition = `inline; filename="${plain}"`;
  if (/^[\x20-\x7e]*$/.test(filename)) return disposition;
  return `${disposition}; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
