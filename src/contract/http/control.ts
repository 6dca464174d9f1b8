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

/**
 * Finds the control API: at `controlUrl` when given, else at `/__mock` on the base URL. Resolves
 * to `undefined` when nothing answers its health check.
 */
export async function detectControl(
  baseUrl: string,
  controlUrl: string | undefined,
  timeoutMs: number,
): Promise<ControlClient | undefined> {
  const url = (controlUrl ?? `${baseUrl.replace(/\/+$/, '')}/__mock`).replace(/\/+$/, '');
  const client = createHttpClient({ baseUrl: url, timeoutMs });
  const health = await client.send({ method: 'GET', path: '/health', query: {}, headers: {} });

  if (!health.ok || health.response.status !== 200) {
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
