import type { JsonSchema } from '../../spec/index.js';

/** The moves a status enum allows (`x-microf1-transitions`): each value to its next values. */
export type Transitions = Readonly<Record<string, readonly string[]>>;

/** The transitions a schema declares, if any. */
export function readTransitions(schema: JsonSchema | undefined): Transitions | undefined {
  const declared = schema?.['x-microf1-transitions'];
  return typeof declared === 'object' && declared !== null ? (declared as Transitions) : undefined;
}

/** Whether `to` can follow `from` in one allowed move. */
export function isAllowedMove(transitions: Transitions, from: string, to: string): boolean {
  return transitions[from]?.includes(to) ?? false;
}

/** Whether `to` is `from` or follows it through any number of allowed moves. */
export function isReachable(transitions: Transitions, from: string, to: string): boolean {
  const seen = new Set([from]);
  const pending = [from];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === to) return true;
    for (const target of transitions[next] ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        pending.push(target);
      }
    }
  }
  return false;
}
