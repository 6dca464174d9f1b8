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

/**
 * Creates a journal of the last `capacity` requests. Recording is one array write; nothing is
 * copied until the journal is listed.
 *
 * @example
 * const journal = createJournal(2);
 * journal.record(a); journal.record(b); journal.record(c);
 * journal.list(); // [b, c]
 */
export function createJournal(capacity = DEFAULT_JOURNAL_SIZE): Journal {
  let entries: (JournalRecord | undefined)[] = new Array(capacity);
  let next = 0;
  let size = 0;

  return {
    capacity,
    record(entry) {
      if (capacity === 0) return;
      entries[next] = entry;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
    },
    list() {
      const start = (next - size + capacity) % capacity;
      const listed: JournalEntry[] = [];
      for (let offset = 0; offset < size; offset += 1) {
        const entry = entries[(start + offset) % capacity];
        if (entry === undefined) continue;
        const { at, ...rest } = entry;
        listed.push({ time: new Date(at).toISOString(), ...rest });
      }
      return listed;
    },
    clear() {
      entries = new Array(capacity);
      next = 0;
      size = 0;
    },
  };
}
