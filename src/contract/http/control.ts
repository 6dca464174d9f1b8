import { isHealth } from './health-schema.js';
import { createHttpClient, type HttpClient } from './send.js';

/**
 * The MicroF1 mock's control API (`/__mock/`), when the target has one: it lets a workflow move
 * the target's clock instead of waiting. A real backend has none, and the runner never needs it.
 */
export interface ControlClient {
  readonly url: string;
  /** Moves the target's clock forward; false when the target refused. */
  advanceClock(ms: number): Promise<boolean>;
  /** How often the clock was moved, and how often the target refused, so far. */
  clockMoves(): { readonly advanced: number; readonly refused: number };
  /** The target's current time, when its health answer tells it. */
  readonly now: string | undefined;
  /** Whether the target's clock can be moved (a move of 0 ms was accepted when it was found). */
  readonly canMoveClock: boolean;
  close(): void;
}

/** Where the control API is looked for, and how it is called. */
export interface ControlSettings {
  readonly baseUrl: string;
  /** The control API's own URL; `/__mock` on the base URL when absent. */
  readonly controlUrl: string | undefined;
  readonly timeoutMs: number;
  /** Headers sent with every control request, as with every request to the target. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Finds the control API: at `controlUrl` when given, else at `/__mock` on the base URL. Resolves
 * to `undefined` unless its health answer is a 200 whose body the control spec's `Health` schema
 * accepts, so that a backend answering 200 to any path is never taken for the mock.
 */
export async function detectControl(settings: ControlSettings): Promise<ControlClient | undefined> {
  const base = settings.controlUrl ?? `${settings.baseUrl.replace(/\/+$/, '')}/__mock`;
  const url = base.replace(/\/+$/, '');
  const client = createHttpClient({
    baseUrl: url,
    timeoutMs: settings.timeoutMs,
    ...(settings.headers ? { headers: settings.headers } : {}),
  });
  const health = await client.send({ method: 'GET', path: '/health', query: {}, headers: {} });

  if (!health.ok || health.response.status !== 200 || !(await isHealth(health.response.json))) {
    client.close();
    return undefined;
  }
  // A move of 0 ms tells a clock that can be moved from one that cannot, and changes nothing.
  const probe = await client.send(advanceRequest(0));
  const canMoveClock = probe.ok && probe.response.status < 300;
  return createControlClient(url, client, readNow(health.response.json), canMoveClock);
}

function advanceRequest(ms: number) {
  return {
    method: 'POST',
    path: '/clock/advance',
    query: {},
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms }),
  };
}

function createControlClient(
  url: string,
  client: HttpClient,
  now: string | undefined,
  canMoveClock: boolean,
): ControlClient {
  let advanced = 0;
  let refused = 0;
  return {
    url,
    now,
    canMoveClock,
    clockMoves: () => ({ advanced, refused }),
    async advanceClock(ms) {
      const result = await client.send(advanceRequest(ms));
      const moved = result.ok && result.response.status < 300;
      if (moved) advanced += 1;
      else refused += 1;
      return moved;
    },
    close: () => client.close(),
  };
}

/** A date-time the health answer carries (`now`, `time` or `clock.now`), if any. */
function readNow(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const clock = record.clock as Record<string, unknown> | undefined;
  const candidate = record.now ?? record.time ?? clock?.now;
  return typeof candidate === 'string' && !Number.isNaN(Date.parse(candidate))
    ? candidate
    : undefined;
}
