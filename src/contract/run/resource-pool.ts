/**
 * What the target created during a run, learned from its successful responses to requests sent
 * as valid: the values of
 * each field by name, and the keys of each kind of resource (`x-microf1-unique`). Later requests
 * take their references and query parameters from here, so a run never needs fixed ids.
 */
export interface ResourcePool {
  /** Records the body of a 2xx response, and the unique keys a successful request created. */
  record(body: unknown, keys: ReadonlyMap<string, unknown>): void;
  /**
   * The latest response body holding every one of the names as top-level fields, each a value
   * `accepts` takes (all of them, when no test is given).
   */
  findRecord(
    names: readonly string[],
    accepts?: AcceptValue,
  ): Readonly<Record<string, unknown>> | undefined;
  /** The latest value seen of a top-level field that `accepts` takes. */
  latest(name: string, accepts?: AcceptValue): unknown;
  /** The keys created for a kind of resource, oldest first. */
  keysOf(kind: string): readonly unknown[];
  /** A new pool that starts with what this one holds and then learns on its own. */
  fork(): ResourcePool;
}

/** Whether a value learned from the target may fill the field `name` of a new request. */
export type AcceptValue = (name: string, value: unknown) => boolean;

/** Creates a pool, empty unless given what it starts with. */
export function createResourcePool(
  records: Record<string, unknown>[] = [],
  keys = new Map<string, unknown[]>(),
): ResourcePool {
  return {
    record(body, created) {
      // A list answers with its items: each is a record that later requests may name.
      const items = Array.isArray(body) ? body : [body];
      for (const item of items) {
        if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
          records.push(item as Record<string, unknown>);
        }
      }
      for (const [kind, value] of created) {
        keys.set(kind, [...(keys.get(kind) ?? []), value]);
      }
    },
    findRecord(names, accepts = () => true) {
      const holds = (record: Record<string, unknown>, name: string) =>
        record[name] !== undefined && accepts(name, record[name]);
      for (let index = records.length - 1; index >= 0; index -= 1) {
        const record = records[index];
        if (record !== undefined && names.every((name) => holds(record, name))) return record;
      }
      return undefined;
    },
    latest(name, accepts) {
      return this.findRecord([name], accepts)?.[name];
    },
    keysOf: (kind) => keys.get(kind) ?? [],
    fork: () => createResourcePool([...records], new Map(keys)),
  };
}
