import type { Journal } from '../core/journal.js';
import type { MockState } from '../state/index.js';
import type { HandlerResult, OperationHandler } from '../types.js';

/** What the control API acts on. */
export interface ControlContext {
  readonly state: MockState;
  readonly journal: Journal;
  /** When the server started, in `performance.now()` milliseconds. */
  readonly startedAt: number;
}

/**
 * The handlers of the control API, by the operationIds of `spec/mock-control.openapi.yaml`.
 * Requests reach them validated against that spec.
 */
export function createControlHandlers(context: ControlContext): Record<string, OperationHandler> {
  const { state, journal } = context;

  return {
    getHealth: () =>
      json({
        status: 'ok',
        now: state.now().toISOString(),
        uptime_ms: Math.round(performance.now() - context.startedAt),
        ...state.counts(),
        rss_bytes: process.memoryUsage.rss(),
      }),
    resetMock() {
      state.reset();
      journal.clear();
      return json(state.counts());
    },
    listProfiles: () => json(state.listProfiles()),
    listCredits: () => json(state.listCredits()),
    advanceClock(request) {
      const body = request.body as { ms?: number; seconds?: number };
      const ms = body.ms ?? Math.round((body.seconds ?? 0) * 1000);
      state.advanceClock(ms);
      return json({ now: state.now().toISOString() });
    },
    setCreditStatus(request) {
      const creditid = Number(request.params?.creditid);
      const { status } = request.body as { status: string };
      return state.setCreditStatus(creditid, status);
    },
    getJournal: () => json({ capacity: journal.capacity, entries: journal.list() }),
  };
}

function json(body: unknown): HandlerResult {
  return { kind: 'json', status: 200, body };
}
