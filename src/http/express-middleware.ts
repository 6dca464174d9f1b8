import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { encodePhpForm } from '../forms/index.js';
import { assembleMock, type MockOptions } from '../mock/core/create-mock.js';
import type { MockCore } from '../mock/core/index.js';
import { writeResponse } from './node-server.js';
import { type ReadBody, readBody } from './read-body.js';

/** Options of the middleware: a mock to assemble, or a core made already. */
export type Microf1MiddlewareOptions = MockOptions & { readonly core?: MockCore };

/**
 * An Express middleware that answers the MicroF1 paths of the spec and the control API under
 * `/__mock/`, and calls `next()` for anything else. Mount it before any body parser if you can:
 * it reads the body's bytes itself; after a parser it takes what the parser left (a parsed JSON
 * body is written back as JSON, so a syntax error is the parser's to report). The mock is
 * assembled on the first request.
 *
 * @example
 * const app = express();
 * app.use(microf1Middleware({ seed: 1, clock: 'manual' }));
 * app.get('/health', (_req, res) => res.send('ok'));
 */
export function microf1Middleware(options: Microf1MiddlewareOptions = {}): RequestHandler {
  let ready: Promise<MockCore> | undefined;

  function getCore(): Promise<MockCore> {
    ready ??= options.core !== undefined ? Promise.resolve(options.core) : assemble(options);
    return ready;
  }

  return (request: Request, response: Response, next: NextFunction) => {
    const url = request.originalUrl ?? request.url;
    getCore()
      .then(async (core) => {
        const path = url.split('?', 1)[0] ?? '/';
        if (!core.serves(path)) {
          next();
          return;
        }
        const { body, truncated, aborted } = await readRawBody(request, core.bodyLimitBytes);
        if (aborted === true) {
          response.destroy();
          return;
        }
        const answer = await core.handle({
          method: request.method,
          url,
          headers: request.headers as Record<string, string | undefined>,
          body,
        });
        writeResponse(response, answer, truncated);
      })
      .catch(next);
  };
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
function readRawBody(request: Request, limit: number): Promise<ReadBody> {
  const parsed: unknown = request.body;
  if (!request.readableEnded || parsed === undefined) return readBody(request, limit);

  if (parsed instanceof Uint8Array) return Promise.resolve({ body: parsed, truncated: false });
  if (typeof parsed === 'string') return Promise.resolve(fromText(parsed));

  const isForm = /urlencoded/.test(request.headers['content-type'] ?? '');
  const record = parsed as Record<string, unknown>;
  return Promise.resolve(fromText(isForm ? encodePhpForm(record) : JSON.stringify(parsed)));
}

function fromText(text: string): ReadBody {
  return { body: Buffer.from(text), truncated: false };
}
