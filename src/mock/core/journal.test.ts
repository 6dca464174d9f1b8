import { describe, expect, it } from 'vitest';
import { createCheckCache } from './check-cache.js';
import { createJournal, type JournalRecord } from './journal.js';

function entry(status: number): JournalRecord {
  return {
    at: Date.UTC(2026, 11, 1, 9, 0, status % 60),
    method: 'GET',
    path: '/',
    operation_id: null,
    status,
    duration_ms: 1,
    violations: [],
  };
}

describe('createJournal', () => {
  it('keeps the last entries, oldest first, with their time formatted', () => {
    const journal = createJournal(3);
    for (const status of [200, 201, 400, 404, 422]) journal.record(entry(status));

    const listed = journal.list();
    expect(listed.map((item) => item.status)).toEqual([400, 404, 422]);
    expect(listed[0]?.time).toBe('2026-12-01T09:00:40.000Z');
  });

  it('starts empty again when cleared, and keeps nothing at capacity 0', () => {
    const journal = createJournal(2);
    journal.record(entry(200));
    journal.clear();
    expect(journal.list()).toEqual([]);

    const none = createJournal(0);
    none.record(entry(200));
    expect(none.list()).toEqual([]);
  });
});

describe('createCheckCache', () => {
  it('remembers keys until the day changes or the limit is reached', () => {
    let day = '2026-12-01';
    const cache = createCheckCache(() => day, 2);
    cache.add('a');
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);

    day = '2026-12-02';
    cache.add('b');
    expect(cache.has('a')).toBe(false);

    cache.add('c');
    cache.add('d');
    expect(cache.has('b')).toBe(false);
    expect(cache.has('d')).toBe(true);
  });
});

describe('createCheckCache: replies kept by their value', () => {
  const frozen = Object.freeze({ status: 'new' });
  const reply = (json: unknown, status = 200) => ({
    status,
    contentType: 'application/json',
    json,
  });
  const serialised = (json: unknown) => ({ ...reply(json), text: JSON.stringify(json) });

  it('gives back the kept reply for the same frozen value, operation, status and day', () => {
    let day = '2026-12-01';
    const cache = createCheckCache(() => day);
    const kept = serialised(frozen);
    cache.keep(reply(frozen), 'creditstatus', kept);
    expect(cache.recall(reply(frozen), 'creditstatus')).toBe(kept);
    expect(Object.isFrozen(kept)).toBe(true);

    expect(cache.recall(reply({ status: 'new' }), 'creditstatus')).toBeUndefined();
    expect(cache.recall(reply(frozen), 'other')).toBeUndefined();
    expect(cache.recall(reply(frozen, 404), 'creditstatus')).toBeUndefined();
    day = '2026-12-02';
    expect(cache.recall(reply(frozen), 'creditstatus')).toBeUndefined();
  });

  it('keeps nothing for a value that is not frozen', () => {
    const cache = createCheckCache(() => '2026-12-01');
    const open = { status: 'new' };
    cache.keep(reply(open), 'creditstatus', serialised(open));
    expect(cache.recall(reply(open), 'creditstatus')).toBeUndefined();
  });
});
