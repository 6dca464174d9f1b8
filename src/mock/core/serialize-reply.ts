import type { MockResponse } from '../types.js';
import { CORS_HEADERS, VARY_HEADER } from './cors.js';
import type { Reply } from './reply.js';

const EMPTY = new Uint8Array(0);

/**
 * Writes a reply as the response the doors send: the JSON serialised as UTF-8, the content type
 * with its charset and the length, the CORS and `Vary` headers on every response.
 */
export function serializeReply(reply: Reply, language: string): MockResponse {
  const headers: Record<string, string> = { ...CORS_HEADERS, vary: VARY_HEADER, ...reply.headers };

  if (reply.json !== undefined) {
    const body = Buffer.from(reply.text ?? JSON.stringify(reply.json));
    headers['content-type'] = `${reply.contentType ?? 'application/json'}; charset=utf-8`;
    headers['content-length'] = String(body.length);
    if (reply.status >= 400) headers['content-language'] = language;
    return { status: reply.status, headers, body };
  }

  const body = reply.bytes ?? EMPTY;
  if (reply.contentType !== undefined) headers['content-type'] = reply.contentType;
  headers['content-length'] = String(body.length);
  return { status: reply.status, headers, body };
}

/**
 * A `serializeReply` that remembers what it wrote for a frozen reply, the kind the responder
 * reuses whole (a read whose answer has not changed), so that it is not written again. Replies
 * are held weakly, each with the language it was written in.
 */
export function createReplySerializer(): (reply: Reply, language: string) => MockResponse {
  const written = new WeakMap<
    Reply,
    { readonly language: string; readonly response: MockResponse }
  >();
  return (reply, language) => {
    if (!Object.isFrozen(reply)) return serializeReply(reply, language);
    const known = written.get(reply);
    if (known !== undefined && known.language === language) return known.response;
    const fresh = serializeReply(reply, language);
    // A body of its own, exactly its size: a kept slice would keep its whole pool.
    const response = {
      ...fresh,
      headers: Object.freeze(fresh.headers),
      body: new Uint8Array(fresh.body),
    };
    written.set(reply, { language, response });
    return response;
  };
}
