import { describe, expect, it } from 'vitest';
import { decodeBody, MAX_JSON_DEPTH } from './decode-body.js';

const bytes = (text: string) => Buffer.from(text);
const nested = (levels: number, inner = '') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
const decode = (text: string) => decodeBody(bytes(text), 'application/json', undefined, 'en');
const codeOf = (text: string) => {
  const decoded = decode(text);
  return decoded.ok ? 'ok' : decoded.violations[0]?.code;
};

describe('decodeBody: how deep JSON may nest', () => {
  it('takes the deepest allowed nesting, short or long', () => {
    expect(codeOf(nested(MAX_JSON_DEPTH))).toBe('ok');
    expect(codeOf(nested(MAX_JSON_DEPTH, `"${'x'.repeat(5000)}"`))).toBe('ok');
  });

  it('refuses one level more, whether the text is short or long', () => {
    expect(codeOf(nested(MAX_JSON_DEPTH + 1))).toBe('nesting_too_deep');
    expect(codeOf(`{"a":{"b":${nested(MAX_JSON_DEPTH - 1)}}}`)).toBe('nesting_too_deep');
    expect(codeOf(nested(MAX_JSON_DEPTH + 1, `"${'x'.repeat(5000)}"`))).toBe('nesting_too_deep');
  });

  it('counts brackets inside strings as text', () => {
    expect(codeOf(`["${'['.repeat(5000)}"]`)).toBe('ok');
    expect(codeOf(`{"a":"${'{'.repeat(100)}"}`)).toBe('ok');
  });

  it('names where a malformed text stops', () => {
    const decoded = decode('{"a":1,');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.violations[0]?.code).toBe('malformed_json');
  });
});
