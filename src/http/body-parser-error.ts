import type { UnreadRequest } from '../mock/core/index.js';

/**
 * What a body parser's error says of the request: a body that did not parse, why none was read,
 * or a body the parser refused by its head alone and left unopened, for the core to read and judge.
 */
export type BodyParserFailure =
  | { readonly kind: 'unparsed'; readonly text: string }
  | { readonly kind: 'unread'; readonly unread: UnreadRequest }
  | { readonly kind: 'unopened' };

interface ParserError {
  readonly type?: unknown;
  readonly code?: unknown;
  readonly errno?: unknown;
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
  // A compressed body that does not decompress: the parser passes zlib's own error on.
  if (isDecompressionError(error as ParserError)) return unread({ kind: 'unparsable-body' });
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
    // Refused by its Content-Type before a byte was read: the core answers it (a 415) itself.
    case 'charset.unsupported':
      return { kind: 'unopened' };
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

/**
 * Whether an error is zlib's, raised while a parser inflated a body (`Z_DATA_ERROR` for gzip and
 * deflate, `ERR__ERROR_FORMAT_...` or `ERR_BROTLI_...` for brotli), with no `type` of its own.
 */
function isDecompressionError({ type, code, errno }: ParserError): boolean {
  if (type !== undefined || typeof errno !== 'number' || typeof code !== 'string') return false;
  return /^(?:Z_|ERR__ERROR_|ERR_BROTLI)/.test(code);
}

function unread(value: UnreadRequest): BodyParserFailure {
  return { kind: 'unread', unread: value };
}
