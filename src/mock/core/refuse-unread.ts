import type { Language } from '../../rules/messages.js';
import { createViolation } from './core-messages.js';
import { renderCoreProblem } from './render-problem.js';
import type { Reply } from './reply.js';

/**
 * A request a door could not hand to the core whole: its HTTP parser refused it, or a body
 * parser mounted before the mock did. The door only names what went wrong; the core answers.
 */
export type UnreadRequest =
  /** The method is not one HTTP knows. */
  | { readonly kind: 'unknown-method' }
  /** Content-Length, Transfer-Encoding or a chunk size that cannot frame the body. */
  | { readonly kind: 'invalid-framing' }
  /**
   * A transfer coding other than chunked (`Transfer-Encoding: gzip, chunked`): node's parser
   * takes off the chunked framing only, so the body left is still coded.
   */
  | { readonly kind: 'unsupported-transfer-coding'; readonly coding: string }
  /** A request line or header that does not parse. */
  | { readonly kind: 'unparsable-head' }
  /** An HTTP/1.1 request without the `Host` header it must carry (RFC 9112, 3.2). */
  | { readonly kind: 'missing-host' }
  /** A body the door could not read, its text not kept. */
  | { readonly kind: 'unparsable-body' }
  | { readonly kind: 'headers-too-large'; readonly limitBytes: number }
  | { readonly kind: 'body-too-large'; readonly limitBytes: number }
  | { readonly kind: 'unsupported-content-encoding'; readonly encoding: string }
  | { readonly kind: 'timeout' };

/**
 * The problem answering a request that could not be read, in a language.
 *
 * @example
 * refuseUnread({ kind: 'unknown-method' }, 'ru'); // 400 malformed-request, code unknown_method
 */
export function refuseUnread(unread: UnreadRequest, language: Language): Reply {
  switch (unread.kind) {
    case 'unknown-method':
      return renderMalformed('unknown_method', language);
    case 'invalid-framing':
      return renderMalformed('invalid_framing', language);
    // RFC 9112 (6.1) would have a 501 here; the mock answers within its documented statuses,
    // and a coding of the message (not of the content, as a 415 would say) is a malformed request.
    case 'unsupported-transfer-coding':
      return renderMalformed('unsupported_transfer_coding', language, unread.coding.slice(0, 40));
    case 'unparsable-head':
      return renderMalformed('unparsable_head', language);
    case 'missing-host':
      return renderMalformed('missing_host', language);
    case 'unparsable-body':
      return renderMalformed('unreadable_body', language);
    case 'headers-too-large': {
      const limit = unread.limitBytes;
      return renderCoreProblem('request-header-too-large', language, { limit });
    }
    case 'body-too-large': {
      const limit = unread.limitBytes;
      const extensions = { limit_bytes: limit };
      return renderCoreProblem('payload-too-large', language, { limit }, { extensions });
    }
    case 'unsupported-content-encoding':
      return renderCoreProblem(
        'unsupported-content-encoding',
        language,
        { encoding: unread.encoding.slice(0, 40) },
        { extensions: { accepted: ['identity'] }, headers: { 'accept-encoding': 'identity' } },
      );
    case 'timeout':
      return renderCoreProblem('request-timeout', language);
  }
}

function renderMalformed(
  code:
    | 'unknown_method'
    | 'invalid_framing'
    | 'unsupported_transfer_coding'
    | 'unparsable_head'
    | 'missing_host'
    | 'unreadable_body',
  language: Language,
  at?: string,
): Reply {
  const violation = createViolation('', code, language, at);
  return renderCoreProblem('malformed-request', language, { count: 1 }, { errors: [violation] });
}
