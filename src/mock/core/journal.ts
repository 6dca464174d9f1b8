import { memoizeBounded } from '../../common/memoize-bounded.js';

/** One request as the journal keeps it. Personal data in the path is masked before it is kept. */
export interface JournalEntry {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly operation_id: string | null;
  readonly status: number;
  readonly duration_ms: number;
  readonly violations: readonly { readonly pointer: string; readonly code: string }[];
}

/** A request as recorded: its time as epoch milliseconds, formatted only when listed. */
export type JournalRecord = Omit<JournalEntry, 'time'> & { readonly at: number };

/** A bounded ring buffer of the last requests, oldest first when listed. */
export interface Journal {
  readonly capacity: number;
  record(entry: JournalRecord): void;
  list(): JournalEntry[];
  clear(): void;
}

/** How many requests the journal keeps by default. */
export const DEFAULT_JOURNAL_SIZE = 500;

/** How many distinct paths the journal shares one copy of before it starts over. */
const SHARED_PATHS = 1024;

/**
 * Creates a journal of the last `capacity` requests. Each field is kept in a column of its own
 * (numbers in typed arrays), and repeated paths as one shared string, so that recording
 * allocates nothing that outlives the request; entries are built only when listed.
 *
 * @example
 * const journal = createJournal(2);
 * journal.record(a); journal.record(b); journal.record(c);
 * journal.list(); // [b, c]
 */
export function createJournal(capacity = DEFAULT_JOURNAL_SIZE): Journal {
  const at = new Float64Array(capacity);
  const durations = new Float64Array(capacity);
  const statuses = new Uint16Array(capacity);
  const methods = new Array<string>(capacity).fill('');
  const paths = new Array<string>(capacity).fill('');
  const operations = new Array<string | null>(capacity).fill(null);
  const violations = new Array<JournalEntry['violations']>(capacity).fill([]);
  // One copy of each repeated path.
  const share = memoizeBounded((path: string) => path, SHARED_PATHS);
  let next = 0;
  let size = 0;

  return {
    capacity,
    record(entry) {
      if (capacity === 0) return;
      at[next] = entry.at;
      durations[next] = entry.duration_ms;
      statuses[next] = entry.status;
      methods[next] = entry.method;
      paths[next] = share(entry.path);
      operations[next] = entry.operation_id;
      violations[next] = entry.violations;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
    },
    list() {
      const start = (next - size + capacity) % capacity;
      const listed: JournalEntry[] = [];
      for (let offset = 0; offset < size; offset += 1) {
        const index = (start + offset) % capacity;
        listed.push({
          time: new Date(at[index] ?? 0).toISOString(),
          method: methods[index] ?? '',
          path: paths[index] ?? '',
          operation_id: operations[index] ?? null,
          status: statuses[index] ?? 0,
          duration_ms: durations[index] ?? 0,
          violations: violations[index] ?? [],
        });
      }
      return listed;
    },
    clear() {
      next = 0;
      size = 0;
    },
  };
}
