import { parseWeightedList } from './header-list.js';

/**
 * Picks the media type to answer with from `Accept`, among those an operation offers (in the
 * spec's order, which breaks ties). Exact types beat `type/*`, which beats `*\/*`; q=0 refuses.
 * Returns undefined when nothing offered is acceptable (a 406).
 *
 * @example
 * pickMediaType('application/pdf', ['application/json', 'application/pdf']); // 'application/pdf'
 * pickMediaType(undefined, ['application/json']); // 'application/json'
 */
export function pickMediaType(
  accept: string | undefined,
  offered: readonly string[],
): string | undefined {
  if (accept === undefined || accept.trim() === '') return offered[0];

  const ranges = parseWeightedList(accept);
  let best: string | undefined;
  let bestQ = 0;
  for (const type of offered) {
    const q = weighType(type, ranges);
    if (q > bestQ) {
      best = type;
      bestQ = q;
    }
  }
  return best;
}

/** The q of the most specific range that matches a media type, 0 when none does. */
function weighType(type: string, ranges: ReturnType<typeof parseWeightedList>): number {
  const [major] = type.split('/');
  let specificity = -1;
  let q = 0;
  for (const range of ranges) {
    const rank = rankRange(range.value, type, `${major}/*`);
    if (rank > specificity) {
      specificity = rank;
      q = range.q;
    }
  }
  return q;
}

function rankRange(range: string, type: string, typeWildcard: string): number {
  if (range === type) return 2;
  if (range === typeWildcard) return 1;
  if (range === '*/*' || range === '*') return 0;
  return -1;
}
