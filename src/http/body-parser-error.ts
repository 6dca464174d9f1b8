import type { UnreadRequest } from '../mock/core/index.js';

/** What a body parser's error says of the request: a body that did not parse, or why none was read. */
export type BodyParserFailure =
  | { readonly kind: 'unparsed'; readonly text: string }
  | { readonly kind: 'unread'; readonly unread: UnreadRequest };

interface ParserError {
  readonly type?: unknown;
  readonly body?: unknown;
  readonly limit?: unknown;
  readonly encoding?: unknown;
}

/**
 * Reads an error of Express's body parsers (the `body-parser` package: `type` names the failure)
 * as the mock's core understands it; undefined for any other error.
 *
 * @example
 * describeBodyParserError({ type: 'entity.too.large', limit: 102400 });
 * // { kind: 'unread', unread: { kind: 'body-too-large', limitBytes: 102400 } }
 */
export function describeBodyParserError(error: unknown): BodyParserFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, body, limit, encoding } = error as ParserError;
  if (typeof type !== 'string') return undefined;

  switch (type) {
    case 'entity.parse.failed':
      return typeof body === 'string'
        ? { kind: 'unparsed', text: body }
        : unread({ kind: 'unparsable-body' });
    case 'entity.too.large':
      return unread({ kind: 'body-too-large', limitBytes: typeof limit === 'number' ? limit : 0 });
    case 'encoding.unsupported':
      return unread({
        kind: 'unsupported-content-encoding',
        encoding: typeof encoding === 'string' ? encoding : '',
      });
    case 'request.size.invalid':
      return unread({ kind: 'invalid-framing' });
    case 'charset.unsupported':
    case 'entity.verify.failed':
    case 'parameters.too.many':
    case 'request.aborted':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return unread({ kind: 'unparsable-body' });
    default:
      return undefined;
  }
}

function unread(value: UnreadRequest): BodyParserFailure {
  return { kind: 'unread', unread: value };
}
