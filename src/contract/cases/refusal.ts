import type { OperationModel } from '../../spec/index.js';

/** What kind of bad request a refusal answers. */
export type RefusalKind = 'body' | 'query' | 'malformed' | 'media-type' | 'accept' | 'method';

/**
 * The statuses a correct server refuses a bad request with, as far as the operation declares
 * them: a body breaking its schema is 422 (400 when only that is declared), a query value 400 or
 * 422, unparseable JSON 400, a media type the operation does not take 415, an `Accept` it cannot
 * satisfy 406, a method the path does not serve 405.
 */
export function refusalStatuses(
  operation: OperationModel | undefined,
  kind: RefusalKind,
): number[] {
  const declared = new Set((operation?.responses ?? []).map((response) => Number(response.status)));
  const pick = (preferred: number[], fallback: number[]) => {
    const found = preferred.filter((status) => declared.has(status));
    return found.length > 0 ? found : fallback;
  };

  switch (kind) {
    case 'body':
      return declared.has(422) ? [422] : pick([400], [400, 422]);
    case 'query':
      return pick([400, 422], [400, 422]);
    case 'malformed':
      return [400];
    case 'media-type':
      return pick([415], [400, 415]);
    case 'accept':
      return [406];
    case 'method':
      return [405];
  }
}
