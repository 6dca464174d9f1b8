/**
 * The PHP form codec: `application/x-www-form-urlencoded` with bracket notation, as PHP clients
 * send it and PHP servers read it.
 *
 * @example
 * import { decodePhpForm, encodePhpForm } from './forms/index.js';
 * const text = encodePhpForm({ a: { b: '1' }, list: ['x', 'y'] }); // 'a%5Bb%5D=1&list%5B%5D=x&...'
 * decodePhpForm(text); // { ok: true, value: { a: { b: '1' }, list: ['x', 'y'] } }
 */
export {
  decodePhpForm,
  type FormValue,
  type PhpFormError,
  type PhpFormLimits,
  type PhpFormResult,
} from './decode-php-form.js';
export { encodePhpForm } from './encode-php-form.js';
