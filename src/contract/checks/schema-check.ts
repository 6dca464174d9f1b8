import { isJsonMedia } from '../http/send.js';
import { type CheckInput, fail, mediaTypeOf, type ResponseCheck } from './check.js';

/** Leading bytes of binary media types the runner recognises. */
const MAGIC: Readonly<Record<string, string>> = { 'application/pdf': '%PDF-' };

/**
 * The body matches the schema the spec declares for its status and media type: every JSON
 * Schema keyword, the custom formats and rules, and closed objects (an undocumented field fails).
 * A binary body is checked by its leading bytes when its type is known.
 */
export const responseSchema: ResponseCheck = {
  name: 'response-schema',
  run(input: CheckInput) {
    const { contract, operation, response } = input;
    if (operation === undefined) return undefined;

    const received = mediaTypeOf(response.headers['content-type']);
    const declared = contract.findResponse(operation, response.status)?.content ?? [];
    const media = declared.find((entry) => entry.mediaType === received);
    if (media === undefined) return undefined;

    const magic = MAGIC[received];
    if (magic !== undefined) {
      const head = Buffer.from(response.bytes.subarray(0, magic.length)).toString('latin1');
      return head === magic ? [] : [fail('response-schema', `the body is not ${received}`)];
    }
    if (!isJsonMedia(received) || media.schema === undefined) return undefined;

    if (response.json === undefined) {
      return [
        fail('response-schema', `the body is not valid JSON though it is sent as ${received}`),
      ];
    }
    const violations = contract.validate(media.schemaRef, response.json, 'en');
    if (violations.length === 0) return [];
    return [
      fail(
        'response-schema',
        `the body breaks its schema in ${violations.length} place(s)`,
        violations.map((violation) => ({
          pointer: violation.pointer,
          message: `${violation.code}: ${violation.message}`,
        })),
      ),
    ];
  },
};
