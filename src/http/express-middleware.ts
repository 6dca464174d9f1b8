import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { encodePhpForm } from '../forms/index.js';
import { assembleMock, type MockOptions } from '../mock/core/create-mock.js';
import { MAX_JSON_DEPTH } from '../mock/core/decode-body.js';
import type { MockCore } from '../mock/core/index.js';
import { type BodyParserFailure, describeBodyParserError } from './body-parser-error.js';
import { assertMiddlewareOptions } from './check-server-options.js';
import { describeUnreadHead } from './describe-head.js';
import { writeResponse } from './node-server.js';
import { type ReadBody, readBody } from './read-body.js';

/** Options of the middleware: a mock to assemble, or a core made already. */
export type Microf1MiddlewareOptions = MockOptions & { readonly core?: MockCore };

/** The middleware, and the error handler that answers for it after a body parser. */
export type Microf1Middleware = RequestHandler & {
  /**
   * An error-handling middleware, mounted after everything else: an error of a body parser
   * (`express.json()`, `express.urlencoded()`...) on a MicroF1 path becomes the mock's
   * `application/problem+json` answer (400 for a malformed body, 413 for one over the parser's
   * limit, 415 for an unsupported `Content-Encoding` or charset); any other error goes on to
   * `next`.
   */
  readonly errors: ErrorRequestHandler;
};

/**
 * An Express middleware that answers the MicroF1 paths of the spec and the control API under
 * `/__mock/`, and calls `next()` for anything else. Mount it before any body parser if you can:
 * it reads the body's bytes itself. After a parser it takes what the parser left; a body the
 * parser refused never reaches it, so mount its `errors` handler last to answer those as the
 * mock does. The mock is assembled on the first request.
 *
 * @example
 * const app = express();
 * const microf1 = microf1Middleware({ seed: 1, clock: 'manual' });
 * app.use(microf1); // before any body parser: nothing else needed
 * app.use(express.json());
 * app.get('/health', (_req, res) => res.send('ok'));
 * app.use(microf1.errors); // only needed when a body parser runs before `microf1`
 */
export function microf1Middleware(options: Microf1MiddlewareOptions = {}): Microf1Middleware {
  assertMiddlewareOptions(options);
  let ready: Promise<MockCore> | undefined;

  function getCore(): Promise<MockCore> {
    ready ??= options.core !== undefined ? Promise.resolve(options.core) : assemble(options);
    return ready;
  }

  const errors: ErrorRequestHandler = (error, request, response, next) => {
    const url = request.originalUrl ?? request.url;
    getCore()
      .then(async (core) => {
        const path = url.split('?', 1)[0] ?? '/';
        const failure = describeFailure(error, request);
        if (failure === undefined || !core.serves(path) || response.headersSent) {
          next(error);
          return;
        }
        const head = {
          method: request.method,
          url,
          headers: request.headers as Record<string, string | undefined>,
        };
        // A body left unopened is read as the core reads any: what it answers is the answer.
        if (failure.kind === 'unopened') {
          const read = await readBody(request, core.bodyLimitBytes);
          if (read.aborted === true) {
            response.destroy();
            return;
          }
          writeResponse(response, await core.handle({ ...head, body: read.body }), read.truncated);
          return;
        }
        // A body that did not parse is handed over as text: the core says where it broke.
        const answer =
          failure.kind === 'unparsed'
            ? await core.handle({ ...head, body: Buffer.from(failure.text) })
            : core.refuse(failure.unread, { ...head, body: new Uint8Array(0) });
        writeResponse(response, answer, true);
      })
      .catch(() => next(error));
  };

  const middleware = (request: Request, response: Response, next: NextFunction) => {
    const url = request.originalUrl ?? request.url;
    getCore()
      .then(async (core) => {
        const path = url.split('?', 1)[0] ?? '/';
        if (!core.serves(path)) {
          next();
          return;
        }
        const head = {
          method: request.method,
          url,
          headers: request.headers as Record<string, string | undefined>,
        };
        // A head refused before any body is read (no Host, a coded transfer).
        const unread = describeUnreadHead(request);
        if (unread !== undefined) {
          writeResponse(response, core.refuse(unread, { ...head, body: new Uint8Array(0) }), true);
          return;
        }
        const { body, truncated, aborted } = await readRawBody(request, core.bodyLimitBytes);
        if (aborted === true) {
          response.destroy();
          return;
        }
        const answer = await core.handle({ ...head, body });
        writeResponse(response, answer, truncated);
      })
      .catch(next);
  };
  return Object.assign(middleware, { errors });
}

/**
 * What a body parser's error says of the request; a transfer coding the parser read through
 * (its bytes still coded) is what went wrong, whatever the parser made of them.
 */
function describeFailure(error: unknown, request: Request): BodyParserFailure | undefined {
  const failure = describeBodyParserError(error);
  if (failure === undefined) return undefined;
  const unread = describeUnreadHead(request);
  if (unread?.kind === 'unsupported-transfer-coding') return { kind: 'unread', unread };
  // A parser that read the body before it refused it left nothing for the core to read.
  if (failure.kind === 'unopened' && request.readableEnded) {
    return { kind: 'unread', unread: { kind: 'unparsable-body' } };
  }
  return failure;
}

async function assemble(options: MockOptions): Promise<MockCore> {
  const assembled = await assembleMock(options);
  if (!assembled.ok) throw new Error(`Failed to start the mock: ${assembled.error}`);
  return assembled.mock.core;
}

/**
 * The body's bytes: from the stream, or, when a body parser ran first, from what it left in
 * `request.body` (bytes from `express.raw()`, text, or a value written back as JSON or a form).
 */
function readRawBody(request: Request, limit: number): ReadBody | Promise<ReadBody> {
  const parsed: unknown = request.body;
  if (!request.readableEnded || parsed === undefined) return readBody(request, limit);

  if (parsed instanceof Uint8Array) return { body: parsed, truncated: false };
  if (typeof parsed === 'string') return fromText(parsed);
  // `express.json()` reads an empty body as `{}`; the core must see that none was sent.
  if (Number(request.headers['content-length']) === 0) return fromText('');

  const isForm = /urlencoded/.test(request.headers['content-type'] ?? '');
  const record = parsed as Record<string, unknown>;
  return fromText(isForm ? encodePhpForm(record) : writeJson(parsed));
}

/**
 * A parsed value written back as JSON. One nested too deeply for `JSON.stringify` (a stack
 * overflow) is handed over as brackets one level deeper than the core takes, so that the core
 * refuses it as it refuses the same text sent to the standalone mock.
 */
function writeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
  }
}

function fromText(text: string): ReadBody {
  return { body: Buffer.from(text), truncated: false };
}
