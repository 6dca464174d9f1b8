import { maskCardNumber } from '../../privacy/index.js';
import { fail, type ResponseCheck } from './check.js';

/**
 * A card number the request carried never comes back in full: not in the body, not in any
 * header. The failure names it only masked.
 */
export const cardNotEchoed: ResponseCheck = {
  name: 'card-not-echoed',
  run({ request, response, cardNumbers }) {
    if (cardNumbers.length === 0) return undefined;
    const failures = [];

    for (const card of cardNumbers) {
      const digits = card.replace(/\D/g, '');
      if (digits.length < 12) continue;
      const places = [];
      if (containsDigits(response.text, digits)) places.push('the body');
      for (const [name, value] of Object.entries(response.headers)) {
        if (containsDigits(value, digits)) places.push(`the header ${name}`);
      }
      if (places.length > 0) {
        const sent = `${request.method} ${request.path}`;
        const pointers = findPointers(response.json, digits, '');
        const violations = pointers.map((pointer) => ({
          pointer,
          message: 'holds the full card number',
        }));
        failures.push(
          fail(
            'card-not-echoed',
            `the card number ${maskCardNumber(digits)} sent in ${sent} came back in full in ${places.join(', ')}`,
            violations,
          ),
        );
      }
    }
    return failures;
  },
};

/** The JSON pointers of every string in a body that holds the digits. */
function findPointers(value: unknown, digits: string, pointer: string): string[] {
  if (typeof value === 'string') return containsDigits(value, digits) ? [pointer] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    findPointers(item, digits, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}

/** Whether the digits appear in order, allowing spaces or hyphens between groups. */
function containsDigits(text: string, digits: string): boolean {
  if (text.includes(digits)) return true;
  return text.replace(/(\d)[ -](?=\d)/g, '$1').includes(digits);
}
