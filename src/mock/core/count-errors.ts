import type { Language } from '../../rules/messages.js';
import { MAX_LISTED_VIOLATIONS } from './bound-violations.js';

/**
 * The one sentence that counts the errors of a request, with the plural form the number takes:
 * in Russian 1, 21, 101 ошибка; 2-4, 22-24 ошибки; 0, 5-20, 25 ошибок.
 *
 * @example
 * countErrors(2, 'ru'); // 'В запросе 2 ошибки.'
 * countErrors(1, 'en'); // 'The request has 1 error.'
 * countErrors(1012, 'en'); // 'The request has 1012 errors. The first 100 are listed.'
 */
export function countErrors(count: string | number | undefined, language: Language): string {
  const value = Number(count ?? 0);
  const listed = MAX_LISTED_VIOLATIONS;
  if (language === 'en') {
    const counted = `The request has ${value} ${value === 1 ? 'error' : 'errors'}.`;
    return value > listed ? `${counted} The first ${listed} are listed.` : counted;
  }
  const counted = `В запросе ${value} ${pickRussianForm(value, ['ошибка', 'ошибки', 'ошибок'])}.`;
  return value > listed ? `${counted} Перечислены первые ${listed}.` : counted;
}

/** The form of a Russian noun after a whole number: one, few, many. */
function pickRussianForm(value: number, forms: readonly [string, string, string]): string {
  const lastTwo = Math.abs(value) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}
