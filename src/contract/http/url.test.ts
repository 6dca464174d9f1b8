import { describe, expect, it } from 'vitest';
import { maskUrlCredentials } from './url.js';

describe('maskUrlCredentials', () => {
  it.each([
    ['http://ci:s3cretPass@127.0.0.1:4401', 'http://ci:***@127.0.0.1:4401'],
    ['https://ci:s3cret@host/api/v1?x=1', 'https://ci:***@host/api/v1?x=1'],
    [
      'cannot reach http://ci:pw@127.0.0.1:9: ECONNREFUSED',
      'cannot reach http://ci:***@127.0.0.1:9: ECONNREFUSED',
    ],
    [
      'a password with @ and : in it: http://u:p@ss:w@host/x@y',
      'a password with @ and : in it: http://u:***@host/x@y',
    ],
    ["curl -X GET 'http://u:p%40ss@h/v1'", "curl -X GET 'http://u:***@h/v1'"],
    ['http://:pw@host', 'http://:***@host'],
    ['http://user@host', 'http://***@host'],
    ['https://ghp_token123@host/v1', 'https://***@host/v1'],
    ['http://user:@host', 'http://user:@host'],
    ['http://127.0.0.1:4401/path', 'http://127.0.0.1:4401/path'],
    ['mail ci@example.org, time 10:30', 'mail ci@example.org, time 10:30'],
  ])('masks %s', (text, masked) => {
    expect(maskUrlCredentials(text)).toBe(masked);
  });
});
