import { maskCardNumber } from '../../privacy/index.js';
import { cardDigits, containsCard } from './card-match.js';
import { fail, type ResponseCheck } from './check.js';

/**
 * A card number the request carried never comes back in full: not in the body, not in any
 * header, however its digits are parted (`2202:2012:3456:5899`, fullwidth digits). The failure
 * names it only masked.
 */
export const cardNotEchoed: ResponseCheck = {
  name: 'card-not-echoed',
  run({ request, response, cardNumbers }) {
    if (cardNumbers.length === 0) return undefined;
    const failures = [];

    for (const card of cardNumbers) {
      const digits = cardDigits(card);
      if (digits === undefined) continue;
      const pointers = findPointers(response.json, digits, '');
      const places = [];
      // A JSON escape (`\u0032`) hides digits from the text but not from the parsed body.
      if (containsCard(response.text, digits) || pointers.length > 0) places.push('the body');
      for (const [name, value] of Object.entries(response.headers)) {
        if (containsCard(value, digits)) places.push(`the header ${name}`);
      }
      if (places.length > 0) {
        const sent = `${request.method} ${request.path}`;
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

/** The JSON pointers of every string or number in a body that holds the digits. */
function findPointers(value: unknown, digits: string, pointer: string): string[] {
  if (typeof value === 'string') return containsCard(value, digits) ? [pointer] : [];
  if (typeof value === 'number') return containsCard(String(value), digits) ? [pointer] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    findPointers(item, digits, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}
