import type { Failure } from '../types.js';
import { cardNotEchoed } from './card-check.js';
import { cardMaskConsistent } from './card-mask-check.js';
import type { CheckInput, ResponseCheck } from './check.js';
import { contentType, problemJson } from './content-checks.js';
import { echoConsistent } from './echo-check.js';
import { historyConsistent } from './history-check.js';
import { labelConsistent } from './label-check.js';
import { defaultLanguage } from './language-check.js';
import { responseSchema } from './schema-check.js';
import { noServerError, responseTime, statusDocumented } from './status-checks.js';

export type { CheckInput, ResponseCheck } from './check.js';
export { fail, mediaTypeOf } from './check.js';

/** Every check applied to each response, in the order reports list them. */
export const RESPONSE_CHECK_LIST: readonly ResponseCheck[] = [
  noServerError,
  statusDocumented,
  contentType,
  responseSchema,
  problemJson,
  cardNotEchoed,
  echoConsistent,
  labelConsistent,
  cardMaskConsistent,
  historyConsistent,
  defaultLanguage,
  responseTime,
];

/** The outcome of the response checks: which ran, and what they found. */
export interface CheckOutcome {
  readonly applied: readonly string[];
  readonly failures: readonly Failure[];
}

/**
 * Runs every response check (or those named in `only`) on one exchange.
 *
 * @example
 * const { applied, failures } = runResponseChecks(input, undefined);
 */
export function runResponseChecks(
  input: CheckInput,
  only: ReadonlySet<string> | undefined,
): CheckOutcome {
  const applied: string[] = [];
  const failures: Failure[] = [];

  for (const check of RESPONSE_CHECK_LIST) {
    if (only !== undefined && !only.has(check.name)) continue;
    const found = check.run(input);
    if (found === undefined) continue;
    applied.push(check.name);
    failures.push(...found);
  }
  return { applied, failures };
}
