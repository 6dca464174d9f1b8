import { describe, expect, it } from 'vitest';
import { clipBody, clipString, MAX_BODY_CHARS, MAX_STRING_CHARS } from './clip-body.js';

describe('bounding a body for a report', () => {
  it('keeps a small body as it is', () => {
    const body = { creditid: 1, status: 'new', history: [{ status: 'new' }] };

    expect(clipBody(body, 60)).toEqual(body);
    expect(clipString('short')).toBe('short');
  });

  it('cuts a long string and says how long it was', () => {
    const clipped = clipBody({ note: 'x'.repeat(5 * 1024 * 1024), id: 7 }, 5_242_900) as {
      note: string;
      id: number;
    };

    expect(clipped.id).toBe(7);
    expect(clipped.note.startsWith('x'.repeat(MAX_STRING_CHARS))).toBe(true);
    expect(clipped.note).toMatch(/… \[cut: 5242880 characters in all\]$/);
  });

  it('keeps the start of a body that is large without any long string, with its size', () => {
    const body = Array.from({ length: 50_000 }, (_, index) => ({ index, name: 'item' }));
    const clipped = clipBody(body, 1_500_000);

    expect(typeof clipped).toBe('string');
    expect((clipped as string).length).toBeLessThan(MAX_BODY_CHARS + 100);
    expect(clipped).toMatch(/^\[\{"index":0,"name":"item"\}/);
    expect(clipped).toMatch(/… \[cut: a body of 1500000 bytes in all\]$/);
  });

  it('cuts a long key too', () => {
    const clipped = clipBody({ ['k'.repeat(10_000)]: 1 }, 10_010) as Record<string, number>;

    expect(Object.keys(clipped)[0]).toMatch(/… \[cut: 10000 characters in all\]$/);
  });
});
