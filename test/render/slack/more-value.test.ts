import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMoreValue, encodeMoreValue } from '../../../src/render/slack/more-value.ts';

describe('encodeMoreValue and decodeMoreValue', () => {
  it('round-trips the question and page', () => {
    expect(decodeMoreValue(encodeMoreValue({ q: 'ml manager "new york"', p: 3 }))).toEqual({
      q: 'ml manager "new york"',
      p: 3,
    });
  });

  it('cuts a question that would pass 2,000 characters, keeping the page and whole characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 3000 }),
        fc.integer({ min: 1, max: 99 }),
        (q, p) => {
          const value = encodeMoreValue({ q, p });
          expect(value.length).toBeLessThanOrEqual(2000);
          const decoded = decodeMoreValue(value);
          expect(decoded?.p).toBe(p);
          expect(q.startsWith(decoded?.q ?? '\u0000')).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses values that are not ours', () => {
    expect(decodeMoreValue('a1b2c3d4')).toBeNull();
    expect(decodeMoreValue('{"q":"x","p":0}')).toBeNull();
    expect(decodeMoreValue('{"q":1,"p":1}')).toBeNull();
  });
});
