/** Where the manual clock starts, so that runs on it are reproducible byte for byte. */
export const MANUAL_CLOCK_START = '2026-12-01T09:00:00.000Z';

/** The kinds of clock the mock runs on. */
export type ClockKind = 'real' | 'manual';

/**
 * The mock's clock. The real clock is the system time, the manual one stands still from its
 * start; `advance` moves either forward, so a test can skip the waits of a real-clock mock too.
 */
export interface MockClock {
  readonly kind: ClockKind;
  /** The instant the clock started: fixed for the manual clock, the creation time for the real. */
  readonly start: Date;
  now(): Date;
  /** Moves the clock forward (never back); a value that is not a number moves nothing. */
  advance(ms: number): void;
  /** Takes back every move: the manual clock stands at its start, the real one at system time. */
  reset(): void;
}

/**
 * Creates a clock.
 *
 * @example
 * const clock = createClock('manual');
 * clock.advance(5000);
 * clock.now().toISOString(); // '2026-12-01T09:00:05.000Z'
 */
export function createClock(kind: ClockKind, start?: string): MockClock {
  const startMs = kind === 'real' ? Date.now() : Date.parse(start ?? MANUAL_CLOCK_START);
  const base = kind === 'real' ? () => Date.now() : () => startMs;
  let offsetMs = 0;
  return {
    kind,
    start: new Date(startMs),
    now: () => new Date(base() + offsetMs),
    advance(ms) {
      offsetMs += Number.isFinite(ms) ? Math.max(0, ms) : 0;
    },
    reset() {
      offsetMs = 0;
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * Reads the clock's day as `YYYY-MM-DD` (UTC), formatted once per day: the date rules ask for
 * it several times in every request.
 *
 * @example
 * const today = createDayReader(createClock('manual'));
 * today(); // '2026-12-01'
 */
export function createDayReader(clock: MockClock): () => string {
  let dayStart = 0;
  let dayEnd = -1;
  let day = '';
  return () => {
    const ms = clock.now().getTime();
    if (ms < dayStart || ms >= dayEnd) {
      dayStart = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
      dayEnd = dayStart + DAY_MS;
      day = new Date(dayStart).toISOString().slice(0, 10);
    }
    return day;
  };
}
