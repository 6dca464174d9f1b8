/**
 * The mock's core: a pure function from a request to a response, driven by the spec. Doors
 * (`src/http/`) only carry bytes to and from it.
 */
export {
  CONTROL_PREFIX,
  createMockCore,
  DEFAULT_BODY_LIMIT_BYTES,
  type MockCore,
  type MockCoreOptions,
} from './create-core.js';
export { createJournal, DEFAULT_JOURNAL_SIZE, type Journal, type JournalEntry } from './journal.js';
export type { UnreadRequest } from './refuse-unread.js';
export { PROBLEM_CATALOGUE, type ProblemKind } from './problem-catalogue.js';
