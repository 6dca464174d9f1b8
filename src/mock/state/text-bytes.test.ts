import { describe, expect, it } from 'vitest';
import { createTextBytes } from './text-bytes.js';

const SAMPLES = [
  '["Иванов Сергей Александрович","ЁЛКА ёлка","ООО «Техносервис» № 5 — ok"]',
  '{"snow":"☃","emoji":"😀","lone":"\\ud800","quote":"\\"\\\\Ж"}',
  '[1,2.5,null,true,"\\u0000\\u001f","\u007f\u0098"]',
];

describe('createTextBytes', () => {
  it('writes JSON text that reads back to the same value, within the size it promised', () => {
    const bytes = createTextBytes();
    const buffer = Buffer.alloc(4096);

    for (const text of SAMPLES) {
      const written = bytes.write(text, buffer, 100);
      expect(written).toBe(bytes.measure(text));
      expect(written).toBeLessThanOrEqual(bytes.maxBytes(text.length));
      expect(JSON.parse(bytes.read(buffer, 100, 100 + written))).toEqual(JSON.parse(text));
    }
  });

  it('takes one byte for each Cyrillic letter', () => {
    const bytes = createTextBytes();
    const text = '"Съешь же ещё этих мягких французских булок"';

    expect(bytes.measure(text)).toBe(text.length);
  });
});
