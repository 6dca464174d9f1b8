import type { JsonSchema } from '../../spec/index.js';
import { childPointer, setAtPointer } from './pointer.js';
import { breakNumber, breakString, breakType, type ValueBreak } from './scalar-breaks.js';

/** One way to make a valid document invalid, breaking exactly one rule of the schema. */
export interface Mutation {
  /** What is broken, for people: `/income: above the maximum 99999`. */
  readonly name: string;
  /** The pointer of the field a correct server names in its refusal. */
  readonly pointer: string;
  /** The violation code the spec gives this break, when it gives one. */
  readonly code?: string;
  readonly value: unknown;
}

/** The name of the property a mutation adds where the schema allows no other. */
const UNKNOWN_PROPERTY = 'x_contract_unknown_field';

/**
 * Every single-rule mutation of a valid document: each required field missing, each
 * `dependentRequired` companion missing, an undocumented field in a closed object, and for each
 * field present a wrong type, a broken pattern, length, bound, enum, format or custom rule.
 * Callers validate each result and drop those that still validate.
 */
export function listMutations(
  schema: JsonSchema,
  document: unknown,
  today: string,
  options: { readonly asText?: boolean } = {},
): Mutation[] {
  const mutations: Mutation[] = [];
  walkObject(schema, document, '', {
    root: document,
    today,
    mutations,
    asText: options.asText === true,
  });
  return mutations;
}

interface Walk {
  readonly root: unknown;
  readonly today: string;
  readonly mutations: Mutation[];
  /** Values travel as text (a query): a number cannot stand for a wrong type of a string. */
  readonly asText: boolean;
}

function walkObject(node: JsonSchema, value: unknown, pointer: string, walk: Walk): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const present = value as Record<string, unknown>;
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  const add = (at: string, name: string, changed: unknown, code?: string) =>
    walk.mutations.push({
      name,
      pointer: at,
      value: setAtPointer(walk.root, at, changed),
      ...(code === undefined ? {} : { code }),
    });

  for (const name of (node.required ?? []) as string[]) {
    if (name in present)
      add(childPointer(pointer, name), `${childPointer(pointer, name)}: missing`, undefined);
  }
  const dependents = (node.dependentRequired ?? {}) as Record<string, string[]>;
  for (const [trigger, companions] of Object.entries(dependents)) {
    if (!(trigger in present)) continue;
    for (const companion of companions) {
      const at = childPointer(pointer, companion);
      if (companion in present) add(at, `${at}: missing while "${trigger}" is given`, undefined);
    }
  }
  if (node.additionalProperties === false && !(UNKNOWN_PROPERTY in properties)) {
    const at = childPointer(pointer, UNKNOWN_PROPERTY);
    add(at, `${at}: a field the schema does not declare`, 'x');
  }

  for (const [name, item] of Object.entries(present)) {
    const property = properties[name];
    if (property === undefined) continue;
    const at = childPointer(pointer, name);
    for (const broken of breakValue(property, item, walk)) {
      add(at, `${at}: ${broken.what}`, broken.value, broken.code);
    }
    if (typeof item === 'object' && item !== null) walkObject(property, item, at, walk);
  }
}

function breakValue(node: JsonSchema, value: unknown, walk: Walk): ValueBreak[] {
  const breaks = walk.asText && typeof value === 'string' ? [] : breakType(node, value);
  if (typeof value === 'string') breaks.push(...breakString(node, value, walk.today, walk.root));
  if (typeof value === 'number') breaks.push(...breakNumber(node, value));
  return breaks;
}
