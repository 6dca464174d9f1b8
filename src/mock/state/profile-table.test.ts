import { describe, expect, it } from 'vitest';
import { createProfileTable } from './profile-table.js';
import { createRecordBlocks } from './record-blocks.js';

const OLGA = {
  userid: 1,
  inn: '7707083893',
  fio: 'Смирнова Ольга Петровна',
  passport_who_blank: { issued_by: 'ОВД «Хамовники»', division_code: '770-001' },
  income: 85000.5,
  children: null,
};

describe('createProfileTable', () => {
  it('gives back an equal record with its keys in the same order, as a copy', () => {
    const table = createProfileTable();
    table.set(OLGA.inn, OLGA);

    const read = table.get(OLGA.inn);
    expect(read).toEqual(OLGA);
    expect(Object.keys(read ?? {})).toEqual(Object.keys(OLGA));
    expect(read).not.toBe(table.get(OLGA.inn));
  });

  it('answers has, size and get for missing keys like a Map', () => {
    const table = createProfileTable();
    table.set('1', { userid: 1 });

    expect(table.has('1')).toBe(true);
    expect(table.has('2')).toBe(false);
    expect(table.get('2')).toBeUndefined();
    expect(table.size).toBe(1);
  });

  it('lists records in first-stored order; storing a key again replaces it in place', () => {
    const table = createProfileTable();
    table.set('a', { userid: 1, name: 'first' });
    table.set('b', { userid: 2 });
    table.set('a', { userid: 1, name: 'again', extra: true });

    expect([...table.values()]).toEqual([{ userid: 1, name: 'again', extra: true }, { userid: 2 }]);
  });

  it('leaves out undefined values, as JSON does', () => {
    const table = createProfileTable();
    table.set('x', { userid: 3, address_fact: undefined, inn: 'x' });

    expect(Object.keys(table.get('x') ?? {})).toEqual(['userid', 'inn']);
  });

  it('is empty after clear, and takes records again', () => {
    const table = createProfileTable();
    table.set('a', { userid: 1 });
    table.clear();
    expect(table.size).toBe(0);
    expect([...table.values()]).toEqual([]);

    table.set('b', { userid: 2 });
    expect(table.get('b')).toEqual({ userid: 2 });
  });
});

describe('createRecordBlocks', () => {
  it('keeps records across many blocks, and one larger than a block whole', () => {
    const blocks = createRecordBlocks(64);
    const records = Array.from({ length: 3000 }, (_, index) => Buffer.from(`запись ${index}`));
    const long = new Uint8Array(200).fill(7);

    const slots = records.map((bytes, index) => blocks.append(index % 3, bytes));
    const longSlot = blocks.append(7, long);

    expect(slots.map((slot) => Buffer.from(blocks.read(slot).bytes))).toEqual(records);
    expect(slots.map((slot) => blocks.read(slot).shape)).toEqual(records.map((_, i) => i % 3));
    expect(blocks.read(longSlot)).toEqual({ shape: 7, bytes: long });
  });

  it('keeps a copy, and refuses a slot never handed out', () => {
    const blocks = createRecordBlocks();
    const bytes = Uint8Array.of(1, 2, 3);
    const slot = blocks.append(0, bytes);
    bytes[0] = 9;

    expect([...blocks.read(slot).bytes]).toEqual([1, 2, 3]);
    expect(() => blocks.read(1)).toThrow(RangeError);
  });
});
