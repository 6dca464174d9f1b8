import type { CaseRequest } from '../types.js';
import { buildUrl } from './url.js';

/**
 * A curl command that sends the same request, quoted for a POSIX shell. The caller masks
 * personal data in the request first.
 *
 * @example
 * buildCurl('http://127.0.0.1:4010', { method: 'GET', path: '/x', query: {}, headers: {} })
 * // "curl -i -X GET 'http://127.0.0.1:4010/x'"
 */
export function buildCurl(baseUrl: string, request: CaseRequest): string {
  const parts = [
    'curl',
    '-i',
    '-X',
    request.method,
    quote(buildUrl(baseUrl, request.path, request.query)),
  ];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push('-H', quote(`${name}: ${value}`));
  }
  if (request.body !== undefined) {
    parts.push('--data-binary', quote(request.body));
  }
  return parts.join(' ');
}

function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
