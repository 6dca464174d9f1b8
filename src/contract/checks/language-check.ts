import { fail, isRecord, type ResponseCheck } from './check.js';

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * An error of an operation that declares an `Accept-Language` header speaks Russian when the
 * request asks for no language (the spec's default): its title and detail hold Cyrillic text.
 * Asked for English (`en`), its title holds none.
 */
export const defaultLanguage: ResponseCheck = {
  name: 'default-language',
  run({ operation, request, response }) {
    if (response.status < 400 || !isRecord(response.json) || operation === undefined)
      return undefined;
    const declared = operation.parameters.some(
      (parameter) =>
        parameter.in === 'header' && parameter.name.toLowerCase() === 'accept-language',
    );
    if (!declared) return undefined;

    const asked = Object.entries(request.headers).find(
      ([name]) => name.toLowerCase() === 'accept-language',
    )?.[1];
    const { title, detail } = response.json;
    if (asked === undefined) {
      const english = [title, detail].filter(
        (text) => typeof text === 'string' && !CYRILLIC.test(text),
      );
      if (english.length === 0) return [];
      return [
        fail(
          'default-language',
          `asked for no language, the error is not in Russian: ${JSON.stringify(english[0])}`,
        ),
      ];
    }
    if (!/^en\b/i.test(asked)) return undefined;
    if (typeof title !== 'string' || !CYRILLIC.test(title)) return [];
    return [
      fail('default-language', `asked for English, the error title is ${JSON.stringify(title)}`),
    ];
  },
};
