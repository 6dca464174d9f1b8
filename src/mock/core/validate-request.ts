import type { Language } from '../../rules/messages.js';
import type { CompiledContract } from '../../spec/compile.js';
import { normalizeBySchema } from '../../spec/normalize.js';
import type { MediaModel, OperationModel } from '../../spec/operations.js';
import type { MockRequest, ReferenceCheck, ValidatedRequest } from '../types.js';
import { type CoreViolation, createViolation } from './core-messages.js';
import { ALLOWED_REQUEST_HEADERS } from './cors.js';
import { decodeBody } from './decode-body.js';
import { maskCardsInBody } from './mask-cards.js';
import { isUtf8Charset, parseContentType } from './media-type.js';
import { pickMediaType } from './negotiate.js';
import { readParameters } from './read-parameters.js';
import { renderCoreProblem } from './render-problem.js';
import type { Reply } from './reply.js';

/** What validation needs besides the request: the route's findings and the core's settings. */
export interface ValidationInput {
  readonly contract: CompiledContract;
  readonly operation: OperationModel;
  readonly request: MockRequest;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly language: Language;
  readonly bodyLimitBytes: number;
  /** The domain's rules on single values, asked only when the schema refused the request too. */
  readonly checkReferences?: ReferenceCheck | undefined;
}

/** A request ready for its handler, or the problem that refuses it. */
export type ValidationOutcome =
  | { readonly ok: true; readonly request: ValidatedRequest }
  | { readonly ok: false; readonly reply: Reply; readonly violations: readonly CoreViolation[] };

/**
 * Checks a routed request against its operation, in the order a client can fix things: size
 * (413), answer format (406), body encoding and format (415), then every parameter and the body
 * at once: one problem naming every violation, a 400 when any value cannot be read as its type,
 * a 422 otherwise. A request that passes is coerced and normalised.
 */
export function validateRequest(input: ValidationInput): ValidationOutcome {
  const { contract, operation, request, language } = input;

  // 0. A value too long to be meant, in a header the mock reads.
  const longHeader = findLongHeader(request.headers, operation);
  if (longHeader !== undefined) {
    const violation = createViolation(
      `/${longHeader}`,
      'header_too_large',
      language,
      String(MAX_HEADER_LENGTH),
    );
    return refuse(
      renderCoreProblem('malformed-request', language, { count: 1 }, { errors: [violation] }),
      [violation],
    );
  }

  // 1. The body size, as received or as announced.
  const declared = Number(request.headers['content-length'] ?? 0);
  const hasBody = operation.requestBody !== undefined;
  if (hasBody && (request.body.length > input.bodyLimitBytes || declared > input.bodyLimitBytes)) {
    const limit = input.bodyLimitBytes;
    const extensions = { limit_bytes: limit };
    return refuse(renderCoreProblem('payload-too-large', language, { limit }, { extensions }));
  }

  // 2. The media type to answer with.
  const offered = listSuccessMediaTypes(operation);
  const responseMediaType =
    offered.length === 0 ? '' : pickMediaType(request.headers.accept, offered);
  if (responseMediaType === undefined) {
    const accepted = offered.join(', ');
    const extensions = { accepted: offered };
    return refuse(renderCoreProblem('not-acceptable', language, { accepted }, { extensions }));
  }

  // 3. The body's coding and media type, then the body itself.
  const coding = findUnsupportedCoding(operation, request);
  if (coding !== undefined) {
    const extensions = { accepted: ['identity'] };
    const headers = { 'accept-encoding': 'identity' };
    const params = { encoding: coding };
    return refuse(
      renderCoreProblem('unsupported-content-encoding', language, params, { extensions, headers }),
    );
  }
  const media = pickRequestMedia(operation, request, language);
  if (media.kind === 'unsupported') return refuse(media.reply);
  const decoded =
    media.kind === 'media'
      ? decodeBody(request.body, media.media.mediaType, media.media.schema, language)
      : undefined;

  // 4. Every parameter and the body, each violation listed once, all in one problem.
  const parameters = readParameters(
    contract,
    operation,
    { path: input.pathParams, query: input.query, headers: request.headers },
    language,
  );
  const malformed = [...parameters.malformed, ...(decoded?.ok === false ? decoded.violations : [])];
  const body = decoded?.ok === true ? decoded.value : undefined;
  const invalid = [...parameters.invalid];
  if (media.kind === 'missing') invalid.push(createViolation('', 'body_required', language));
  if (media.kind === 'media' && decoded?.ok === true) {
    invalid.push(...contract.validateRequestBody(operation, media.media, body, language));
  }

  // 5. A value that cannot be read as its type makes it a 400; rules alone, a 422. The
  // domain's rules on single values join the schema's, at pointers the schema left unflagged.
  if ((malformed.length > 0 || invalid.length > 0) && input.checkReferences !== undefined) {
    const flagged = new Set([...malformed, ...invalid].map((violation) => violation.pointer));
    for (const found of decoded?.ok === true ? input.checkReferences(body) : []) {
      if (flagged.has(found.pointer)) continue;
      const message = found.message[language];
      invalid.push({ pointer: found.pointer, code: found.code, message });
    }
  }
  if (malformed.length > 0 || invalid.length > 0) {
    const errors = [...malformed, ...invalid];
    const slug = malformed.length > 0 ? 'malformed-request' : 'validation-failed';
    const params = { count: errors.length };
    return refuse(renderCoreProblem(slug, language, params, { errors }), errors);
  }

  return {
    ok: true,
    request: {
      operation,
      body: media.kind === 'media' ? prepareBody(body, media.media) : undefined,
      query: parameters.query,
      params: parameters.path,
      headers: request.headers,
      language,
      responseMediaType,
    },
  };
}

/**
 * The body as its handler gets it: normalised as the schema says, and card numbers masked
 * wherever they were typed, except in the field that is meant to hold one.
 */
function prepareBody(body: unknown, media: MediaModel): unknown {
  return maskCardsInBody(normalizeBySchema(body, media.schema), media.schema);
}

type MediaChoice =
  | { readonly kind: 'media'; readonly media: MediaModel }
  | { readonly kind: 'none' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unsupported'; readonly reply: Reply };

/** Which of the operation's body media types the request uses, if it has a body. */
function pickRequestMedia(
  operation: OperationModel,
  request: MockRequest,
  language: Language,
): MediaChoice {
  const requestBody = operation.requestBody;
  if (requestBody === undefined) return { kind: 'none' };
  if (request.body.length === 0) return { kind: requestBody.required ? 'missing' : 'none' };

  const contentType = parseContentType(request.headers['content-type']);
  const media = requestBody.content.find((entry) => entry.mediaType === contentType?.essence);
  if (media !== undefined && isUtf8Charset(contentType?.charset)) return { kind: 'media', media };

  const accepted = requestBody.content.map((entry) => entry.mediaType);
  const received = request.headers['content-type']?.slice(0, 100) ?? '-';
  const params = { accepted: accepted.join(', '), received };
  return {
    kind: 'unsupported',
    reply: renderCoreProblem('unsupported-media-type', language, params, {
      extensions: { accepted },
    }),
  };
}

/**
 * The first content coding of a body that is not `identity`: the core reads bodies as sent and
 * decompresses nothing (RFC 9110, 8.4). Only operations that take a body look at it.
 */
function findUnsupportedCoding(
  operation: OperationModel,
  request: MockRequest,
): string | undefined {
  const header = request.headers['content-encoding'];
  if (operation.requestBody === undefined || header === undefined) return undefined;
  const codings = header.split(',').map((coding) => coding.trim().toLowerCase());
  return codings.find((coding) => coding !== '' && coding !== 'identity')?.slice(0, 40);
}

/** The longest header value the core reads, in characters. */
export const MAX_HEADER_LENGTH = 8192;

/**
 * The headers the core reads on every operation. Any other header is never looked at, so its
 * length is not refused: a front end's cookies, shared by every port of 127.0.0.1, must not
 * break the mock (node still bounds the whole head).
 */
const CORE_HEADERS = [
  ...ALLOWED_REQUEST_HEADERS.toLowerCase().split(', '),
  'content-encoding',
  'content-length',
];

const readHeaders = new WeakMap<OperationModel, readonly string[]>();

/** The first header the operation reads (the core's, and its header parameters) that is too long. */
function findLongHeader(
  headers: MockRequest['headers'],
  operation: OperationModel,
): string | undefined {
  let names = readHeaders.get(operation);
  if (names === undefined) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === 'header');
    const declared = parameters.map((parameter) => parameter.name.toLowerCase());
    names = [...new Set([...CORE_HEADERS, ...declared])];
    readHeaders.set(operation, names);
  }
  return names.find((name) => (headers[name]?.length ?? 0) > MAX_HEADER_LENGTH)?.slice(0, 100);
}

const successMediaTypes = new WeakMap<OperationModel, readonly string[]>();

/** The media types of the operation's first success response, in the spec's order. */
function listSuccessMediaTypes(operation: OperationModel): readonly string[] {
  let types = successMediaTypes.get(operation);
  if (types === undefined) {
    const success = operation.responses.find((response) => /^2/.test(response.status));
    types = success?.content.map((media) => media.mediaType) ?? [];
    successMediaTypes.set(operation, types);
  }
  return types;
}

function refuse(reply: Reply, violations: readonly CoreViolation[] = []): ValidationOutcome {
  return { ok: false, reply, violations };
}
