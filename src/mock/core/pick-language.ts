import type { Language } from '../../rules/messages.js';
import { parseWeightedList } from './header-list.js';

const cache = new Map<string, Language>();
const CACHE_LIMIT = 256;

/**
 * The language of messages from `Accept-Language`: English when `en` (or `en-*`) has a higher q
 * than Russian, Russian otherwise and by default.
 *
 * @example
 * pickLanguage('en-US,en;q=0.9'); // 'en'
 * pickLanguage('ru;q=0.5, en;q=0.4'); // 'ru'
 */
export function pickLanguage(header: string | undefined): Language {
  if (header === undefined || header === '') return 'ru';

  const cached = cache.get(header);
  if (cached !== undefined) return cached;

  const language = decideLanguage(header);
  if (cache.size < CACHE_LIMIT) cache.set(header, language);
  return language;
}

function decideLanguage(header: string): Language {
  let english = 0;
  let russian = 0;
  let other = 0;
  for (const { value, q } of parseWeightedList(header)) {
    const primary = value.split('-')[0];
    if (primary === 'en') english = Math.max(english, q);
    else if (primary === 'ru') russian = Math.max(russian, q);
    else if (value === '*') other = Math.max(other, q);
  }
  // A wildcard stands for Russian unless Russian was named on its own.
  const russianWeight = russian > 0 ? russian : other;
  return english > russianWeight ? 'en' : 'ru';
}
