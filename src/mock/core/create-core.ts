import { type Logger, pino } from 'pino';
import { collectPiiFields } from '../../privacy/pii-fields.js';
import { redactText } from '../../privacy/redact-text.js';
import { redactUrl } from '../../privacy/redact-url.js';
import type { SensitiveField } from '../../privacy/redact-value.js';
import type { CompiledContract } from '../../spec/compile.js';
import { compileControlContract } from '../control/control-contract.js';
import { createControlHandlers } from '../control/control-handlers.js';
import type { MockRequest, MockResponse } from '../types.js';
import { boundViolations, MAX_JOURNALED_VIOLATIONS } from './bound-violations.js';
import { buildPreflightHeaders } from './cors.js';
import { createJournal, DEFAULT_JOURNAL_SIZE, type Journal } from './journal.js';
import { pickLanguage } from './pick-language.js';
import { refuseUnread, type UnreadRequest } from './refuse-unread.js';
import { renderCoreProblem } from './render-problem.js';
import type { Reply } from './reply.js';
import { createResponder, type Outcome, type Responder } from './responder.js';
import { createReplySerializer, serializeReply } from './serialize-reply.js';
import type { MockState } from '../state/index.js';

/** The largest request body the core takes by default: 1 MiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Where the control API lives. */
export const CONTROL_PREFIX = '/__mock/';

export interface MockCoreOptions {
  /** The MicroF1 contract, compiled with the state's `today`. */
  readonly contract: CompiledContract;
  readonly state: MockState;
  /** Replace any response that breaks the contract by a 500 problem naming the violation. */
  readonly strict?: boolean;
  /** The parent logger; the core logs through its children. Silent by default. */
  readonly logger?: Logger;
  readonly bodyLimitBytes?: number;
  readonly journalSize?: number;
}

/** The mock as a pure function of requests, and what it remembers of them. */
export interface MockCore {
  handle(request: MockRequest): Promise<MockResponse>;
  /**
   * `handle` without the promise when none is needed: the answer itself when the operation's
   * handler answers at once, as most do. What the doors call, to spare every request a few
   * turns of the event loop.
   */
  respond(request: MockRequest): MockResponse | Promise<MockResponse>;
  /**
   * Answers a request its door could not read whole (refused by the HTTP parser or by a body
   * parser before the mock) with the matching problem. With the request's head, the answer is in
   * its language and journaled; without, it is in Russian.
   */
  refuse(unread: UnreadRequest, request?: MockRequest): MockResponse;
  /** Whether a path is the core's: a documented path of the spec, or one under `/__mock/`. */
  serves(path: string): boolean;
  readonly journal: Journal;
  readonly bodyLimitBytes: number;
}

/**
 * Creates the mock's core: every door (the node server, the Express middleware, a test) hands
 * it a request and sends back the response it returns. It never throws: a fault becomes a 500
 * problem and a loud log line.
 *
 * @example
 * const core = createMockCore({ contract, state, strict: true });
 * const response = await core.handle({ method: 'GET', url: '/__mock/health', headers: {}, body: new Uint8Array() });
 */
export function createMockCore(options: MockCoreOptions): MockCore {
  const logger = options.logger ?? pino({ level: 'silent' });
  const coreLog = logger.child({ component: 'core' });
  const requestLog = logger.child({ component: 'requests' });
  const journal = createJournal(options.journalSize ?? DEFAULT_JOURNAL_SIZE);
  const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const today = () => options.state.today();
  const startedAt = performance.now();
  const piiFields = collectPiiFields(options.contract.document);
  const shared = { strict: options.strict ?? false, bodyLimitBytes, today };
  const serialize = createReplySerializer();

  const api = createResponder({
    ...shared,
    contract: options.contract,
    handlers: options.state.handlers,
    referenceChecks: options.state.referenceChecks,
    logger: coreLog,
  });
  // The control API is compiled on its first request: it costs nothing at start-up.
  let control: Responder | undefined;
  const getControl = (): Responder =>
    (control ??= createResponder({
      ...shared,
      contract: compileControlContract(today),
      handlers: createControlHandlers({ state: options.state, journal, startedAt }),
      logger: logger.child({ component: 'control' }),
    }));

  /** Answers a request: at once when its handler answers at once, else once it settles. */
  function respond(request: MockRequest): MockResponse | Promise<MockResponse> {
    const started = performance.now();
    const language = pickLanguage(request.headers['accept-language']);
    const { path, search } = splitUrl(request.url);
    const responder = path.startsWith(CONTROL_PREFIX) ? getControl() : api;

    const finish = (outcome: Outcome): MockResponse => {
      let response = serialize(outcome.reply, language);
      // HEAD: the headers of the GET answer, its length included, and no body.
      if (request.method === 'HEAD') response = { ...response, body: new Uint8Array(0) };
      record(request, outcome, performance.now() - started);
      return response;
    };
    const fail = (error: unknown): MockResponse => {
      coreLog.error(
        { err: error, method: request.method, path },
        'request failed with an exception',
      );
      const reply = renderCoreProblem('internal-error', language);
      record(
        request,
        { reply, operationId: undefined, violations: [] },
        performance.now() - started,
      );
      return serializeReply(reply, language);
    };

    try {
      const preflightMethods =
        request.method === 'OPTIONS' ? responder.router.listMethods(path) : [];
      const outcome =
        preflightMethods.length > 0
          ? preflight(preflightMethods, request.headers['access-control-request-headers'])
          : responder.answer({ request, path, query: new URLSearchParams(search), language });
      return outcome instanceof Promise ? outcome.then(finish).catch(fail) : finish(outcome);
    } catch (error) {
      return fail(error);
    }
  }

  async function handle(request: MockRequest): Promise<MockResponse> {
    return respond(request);
  }

  function record(request: MockRequest, outcome: Outcome, durationMs: number): void {
    if (outcome.operationId === 'getJournal') return;

    const url = maskUrl(request.url, piiFields);
    const status = outcome.reply.status;
    journal.record({
      at: Date.now(),
      method: request.method,
      path: url,
      operation_id: outcome.operationId ?? null,
      status,
      duration_ms: Math.round(durationMs * 1000) / 1000,
      violations:
        outcome.violations.length === 0
          ? outcome.violations
          : boundViolations(outcome.violations, MAX_JOURNALED_VIOLATIONS).map(
              ({ pointer, code }) => ({ pointer: redactText(pointer, 'log'), code }),
            ),
    });
    if (requestLog.isLevelEnabled('info')) {
      requestLog.info(
        { method: request.method, path: url, status, ms: Math.round(durationMs * 10) / 10 },
        'request',
      );
    }
  }

  function refuse(unread: UnreadRequest, request?: MockRequest): MockResponse {
    const language = pickLanguage(request?.headers['accept-language']);
    const reply = refuseUnread(unread, language);
    if (request !== undefined)
      record(request, { reply, operationId: undefined, violations: [] }, 0);
    return serializeReply(reply, language);
  }

  function serves(path: string): boolean {
    return path.startsWith(CONTROL_PREFIX) || api.router.listMethods(path).length > 0;
  }

  return { handle, respond, refuse, serves, journal, bodyLimitBytes };
}

/**
 * A request target as the journal and the log keep it: bounded, card numbers and INNs masked,
 * and every query parameter named as a personal-data field of the spec masked by its kind.
 */
function maskUrl(url: string, fields: readonly SensitiveField[]): string {
  const bounded = url.slice(0, 2048);
  return /\d/.test(bounded) ? redactUrl(bounded, 'log', fields) : bounded;
}

/** A preflight of a known path: 204 with the methods it serves and the headers it takes. */
function preflight(methods: readonly string[], requestedHeaders: string | undefined): Outcome {
  const reply: Reply = {
    status: 204,
    contentType: undefined,
    headers: buildPreflightHeaders(methods, requestedHeaders),
  };
  return { reply, operationId: undefined, violations: [] };
}

/** Splits a request target into its path and query, accepting the absolute form too. */
function splitUrl(url: string): { path: string; search: string } {
  const target = url.startsWith('/') ? url : safePathOf(url);
  const mark = target.indexOf('?');
  return mark < 0
    ? { path: target, search: '' }
    : { path: target.slice(0, mark), search: target.slice(mark + 1) };
}

function safePathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return `/${url}`;
  }
}
