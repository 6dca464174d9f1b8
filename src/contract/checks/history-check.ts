import type { JsonSchema } from '../../spec/index.js';
import type { ViolationDetail } from '../types.js';
import {
  childPointer,
  fail,
  findResponseSchema,
  isRecord,
  propertiesOf,
  type ResponseCheck,
} from './check.js';
import { isAllowedMove, readTransitions, type Transitions } from './transitions.js';

/**
 * A status history (an array whose items hold a status with `x-microf1-transitions` and a
 * date-time) is in time order, makes only the moves the transitions allow, and ends with the
 * object's current status (its own property with the same transitions).
 */
export const historyConsistent: ResponseCheck = {
  name: 'history-consistent',
  run(input) {
    const schema = findResponseSchema(input);
    const body = input.response.json;
    if (schema === undefined || !isRecord(body)) return undefined;
    const shape = findHistoryShape(schema);
    if (shape === undefined) return undefined;
    const history = body[shape.history];
    if (!Array.isArray(history)) return [];

    const violations: ViolationDetail[] = [];
    const at = childPointer('', shape.history);
    const entries = history.filter(isRecord);
    for (const [index, entry] of entries.entries()) {
      const previous = entries[index - 1];
      if (previous === undefined) continue;
      const [from, to] = [String(previous[shape.status]), String(entry[shape.status])];
      if (Date.parse(String(entry[shape.time])) < Date.parse(String(previous[shape.time])))
        violations.push({
          pointer: `${at}/${index}`,
          message: 'is earlier than the entry before it',
        });
      if (!isAllowedMove(shape.transitions, from, to))
        violations.push({
          pointer: `${at}/${index}`,
          message: `moves from ${from} to ${to}, which the lifecycle does not allow`,
        });
    }
    const last = entries.at(-1);
    if (last !== undefined && last[shape.status] !== body[shape.current]) {
      violations.push({
        pointer: `${at}/${entries.length - 1}`,
        message: `ends with ${String(last[shape.status])}, but the current status is ${String(body[shape.current])}`,
      });
    }
    if (violations.length === 0) return [];
    return [fail('history-consistent', 'the status history does not hold together', violations)];
  },
};

/** Where an object schema keeps its current status and its history, by property names. */
interface HistoryShape {
  readonly current: string;
  readonly history: string;
  readonly status: string;
  readonly time: string;
  readonly transitions: Transitions;
}

function findHistoryShape(schema: JsonSchema): HistoryShape | undefined {
  const properties = propertiesOf(schema);
  const current = Object.keys(properties).find((name) => readTransitions(properties[name]));
  const transitions = current === undefined ? undefined : readTransitions(properties[current]);
  if (current === undefined || transitions === undefined) return undefined;
  for (const [name, property] of Object.entries(properties)) {
    const items = propertiesOf(property.items as JsonSchema | undefined);
    const status = Object.keys(items).find((key) => readTransitions(items[key]));
    const time = Object.keys(items).find((key) => items[key]?.format === 'date-time');
    if (status !== undefined && time !== undefined)
      return { current, history: name, status, time, transitions };
  }
  return undefined;
}
