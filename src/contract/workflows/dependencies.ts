import type { WorkflowStep } from './types.js';

const STEP_REFERENCE = /\{\{\s*steps\.([^.\s{}]+)/g;

/**
 * The ids of the other steps a step reads: the step of its `when` condition and every step its
 * templates name (query, headers, body, expected body), in the order they first appear.
 *
 * @example
 * listDependencies({ id: 'b', query: { id: '{{steps.a.body.id}}' }, ... }) // ['a']
 */
export function listDependencies(step: WorkflowStep): string[] {
  const found = new Set<string>();
  if (step.when !== undefined) found.add(step.when.step);
  const text = JSON.stringify([step.query, step.headers, step.body, step.expect.body]) ?? '';
  for (const match of text.matchAll(STEP_REFERENCE)) found.add(match[1] ?? '');
  found.delete(step.id);
  return [...found];
}
