import { describe, expect, it } from 'vitest';
import { createSingleByteText } from './text-bytes.js';

describe('createSingleByteText', () => {
  it('writes ASCII and Cyrillic one byte a character, and reads them back', () => {
    const text = createSingleByteText();
    const buffer = new Uint8Array(256);
    const sample = 'Съешь же ещё этих мягких французских булок, ЁЖ «№ 5» — ok';

    const written = text.write(sample, buffer, 10);
    expect(written).toBe(sample.length);
    expect(text.read(buffer, 10, 10 + written)).toBe(sample);
  });

  it('declines a text with a character outside the code page', () => {
    const text = createSingleByteText();
    const buffer = new Uint8Array(64);

    expect(text.write('snow ☃', buffer, 0)).toBe(-1);
    expect(text.write('😀', buffer, 0)).toBe(-1);
  });
});
