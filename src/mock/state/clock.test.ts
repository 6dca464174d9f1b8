import { describe, expect, test } from 'vitest';
import { createClock, createDayReader, MANUAL_CLOCK_START } from './clock.js';

describe('createClock', () => {
  test('the manual clock stands still until advanced, never goes back, and resets', () => {
    const clock = createClock('manual');

    expect(clock.now().toISOString()).toBe(MANUAL_CLOCK_START);
    clock.advance(1500);
    clock.advance(-1000);
    clock.advance(Number.NaN);
    expect(clock.now().toISOString()).toBe('2026-12-01T09:00:01.500Z');

    clock.reset();
    expect(clock.now().toISOString()).toBe(MANUAL_CLOCK_START);
  });

  test('the manual clock starts where it is told', () => {
    expect(createClock('manual', '2027-03-01T00:00:00Z').now().toISOString()).toBe(
      '2027-03-01T00:00:00.000Z',
    );
  });

  test('the real clock follows the system time, moved forward by advances until a reset', () => {
    const clock = createClock('real');
    const hour = 3_600_000;

    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    clock.advance(hour);
    clock.advance(-hour);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(hour - 1000);
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});

describe('createDayReader', () => {
  test('follows the clock across midnight, and back when the clock is reset', () => {
    const clock = createClock('manual', '2026-12-01T23:59:59.000Z');
    const today = createDayReader(clock);

    expect(today()).toBe('2026-12-01');
    clock.advance(999);
    expect(today()).toBe('2026-12-01');
    clock.advance(1);
    expect(today()).toBe('2026-12-02');
    clock.advance(86_400_000);
    expect(today()).toBe('2026-12-03');
    clock.reset();
    expect(today()).toBe('2026-12-01');
  });

  test('reads days before 1970 too', () => {
    expect(createDayReader(createClock('manual', '1969-07-20T20:17:00Z'))()).toBe('1969-07-20');
  });
});
