import { memoizeBounded } from '../../common/memoize-bounded.js';

/** One entry of a weighted header list (`Accept`, `Accept-Language`): a value and its q. */
export interface WeightedValue {
  readonly value: string;
  readonly q: number;
}

/**
 * Reads a comma-separated header with q-values (RFC 9110, 12.4.2), lower-cased, in the order
 * given. A missing or malformed q counts as 1; entries with q=0 are kept, so that they can refuse.
 * Clients send the same few headers again and again: each is read once.
 *
 * @example
 * parseWeightedList('en-US;q=0.8, ru'); // [{ value: 'en-us', q: 0.8 }, { value: 'ru', q: 1 }]
 */
export const parseWeightedList: (header: string) => readonly WeightedValue[] = memoizeBounded(
  readWeightedList,
  256,
);

function readWeightedList(header: string): readonly WeightedValue[] {
  const entries: WeightedValue[] = [];
  for (const part of header.split(',').slice(0, 64)) {
    const [head = '', ...params] = part.split(';');
    const value = head.trim().toLowerCase();
    if (value === '') continue;
    entries.push({ value, q: readQ(params) });
  }
  return entries;
}

function readQ(params: readonly string[]): number {
  for (const param of params) {
    const [name = '', raw = ''] = param.split('=');
    if (name.trim().toLowerCase() !== 'q') continue;
    const q = Number(raw.trim());
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 1;
  }
  return 1;
}
