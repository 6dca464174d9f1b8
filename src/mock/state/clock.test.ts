import { describe, expect, test } from 'vitest';
import { createClock, MANUAL_CLOCK_START } from './clock.js';

describe('createClock', () => {
  test('the manual clock stands still until advanced, never goes back, and resets', () => {
    const clock = createClock('manual');

    expect(clock.now().toISOString()).toBe(MANUAL_CLOCK_START);
    expect(clock.advance(1500)).toBe(true);
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

  test('the real clock follows the system time and cannot be advanced', () => {
    const clock = createClock('real');
    const before = Date.now();

    expect(clock.advance(60_000)).toBe(false);
    expect(Math.abs(clock.now().getTime() - before)).toBeLessThan(60_000);
  });
});
