import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { assembleMock, type MockOptions } from '../mock/core/create-mock.js';
import type { MockCore } from '../mock/core/index.js';
import { writeResponse } from './node-server.js';
import { readBody } from './read-body.js';

/** Options of the middleware: a mock to assemble, or a core made already. */
export type Microf1MiddlewareOptions = MockOptions & { readonly core?: MockCore };

/**
 * An Express middleware that answers the MicroF1 paths of the spec and the control API under
 * `/__mock/`, and calls `next()` for anything else. Mount it before any body parser, or after
 * `express.raw()`: it needs the body's bytes. The mock is assembled on the first request.
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
        const { body, truncated } = await readRawBody(request, core.bodyLimitBytes);
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

/** The body's bytes: from the stream, or from what `express.raw()` left in `request.body`. */
function readRawBody(request: Request, limit: number) {
  const parsed: unknown = request.body;
  if (parsed instanceof Uint8Array) {
    return Promise.resolve({ body: parsed, truncated: false });
  }
  return readBody(request, limit);
}
