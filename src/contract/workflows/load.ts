import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { WORKFLOW_CHECKS } from '../types.js';
import { listDependencies } from './dependencies.js';
import type { Workflow, WorkflowStep } from './types.js';

/** Where the toolkit's own workflows live. */
export const DEFAULT_WORKFLOWS_DIR = new URL('../../../contract-tests/workflows/', import.meta.url);

/** The workflows of a folder, or one line saying why they could not be read. */
export type LoadedWorkflows =
  | { readonly ok: true; readonly workflows: Workflow[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads every `.yaml`, `.yml` and `.json` file of a folder as one workflow, in file name order.
 *
 * @example
 * const loaded = await loadWorkflows('contract-tests/workflows');
 */
export async function loadWorkflows(
  dir: string | URL = DEFAULT_WORKFLOWS_DIR,
): Promise<LoadedWorkflows> {
  const path = typeof dir === 'string' ? dir : dir.pathname;
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
  } catch (error) {
    return {
      ok: false,
      error: `cannot read the workflows in ${path}: ${(error as Error).message}`,
    };
  }

  if (names.length === 0)
    return { ok: false, error: `there are no workflows (.yaml, .yml, .json) in ${path}` };
  const workflows: Workflow[] = [];
  for (const name of names) {
    const parsed = parseWorkflow(await readFile(join(path, name), 'utf8'), name);
    if (!parsed.ok) return parsed;
    workflows.push(parsed.workflow);
  }
  return { ok: true, workflows };
}

/** Parses one workflow and checks the fields every step needs. */
export function parseWorkflow(
  text: string,
  name: string,
): { ok: true; workflow: Workflow } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `cannot parse the workflow ${name}: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  const workflow = value as Partial<Workflow> | null;
  if (typeof workflow?.name !== 'string' || !Array.isArray(workflow.steps)) {
    return { ok: false, error: `the workflow ${name} needs a "name" and a list of "steps"` };
  }
  const ids = new Set<string>();
  for (const [index, step] of workflow.steps.entries()) {
    const where = `step ${index + 1} of the workflow ${name}`;
    if (typeof step?.id !== 'string' || typeof step.operation !== 'string') {
      return { ok: false, error: `${where} needs an "id" and an "operation"` };
    }
    if (ids.has(step.id)) return { ok: false, error: `${where} repeats the id "${step.id}"` };
    if (typeof step.expect?.check !== 'string' || step.expect.status === undefined) {
      return { ok: false, error: `${where} needs "expect" with a "status" and a "check" name` };
    }
    const problem = findStepProblem(step as WorkflowStep, ids);
    if (problem !== undefined) return { ok: false, error: `${where} ("${step.id}") ${problem}` };
    ids.add(step.id);
  }
  return { ok: true, workflow: { ...(workflow as Workflow), file: name } };
}

/** What is wrong with a step's references and check, given the ids of the steps before it. */
function findStepProblem(step: WorkflowStep, earlier: ReadonlySet<string>): string | undefined {
  const unknown = listDependencies(step).find((id) => !earlier.has(id));
  if (unknown !== undefined) return `refers to the step "${unknown}", which no earlier step is`;
  if (!(WORKFLOW_CHECKS as readonly string[]).includes(step.expect.check)) {
    return `names the unknown check "${step.expect.check}" (known: ${WORKFLOW_CHECKS.join(', ')})`;
  }
  return undefined;
}
