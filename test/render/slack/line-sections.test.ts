import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineSections, splitMrkdwn } from '../../../src/render/slack/line-sections.ts';
import { escapeMrkdwn } from '../../../src/render/slack/mrkdwn.ts';

function textOf(block: { text?: { text: string } }): string {
  return block.text?.text ?? '';
}

describe('lineSections', () => {
  it('packs short lines into one section', () => {
    const blocks = lineSections(['• one', '• two', '• three'], 5);
    expect(blocks.map(textOf)).toEqual(['• one\n• two\n• three']);
  });

  it('starts a new section when the next line would pass 3000 characters', () => {
    const line = 'x'.repeat(1400);
    const blocks = lineSections([line, line, line], 5);
    expect(blocks).toHaveLength(2);
    expect(blocks.every((b) => textOf(b).length <= 3000)).toBe(true);
  });

  it('counts the lines that do not fit in the blocks allowed', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `• role ${i} ${'y'.repeat(200)}`);
    const blocks = lineSections(lines, 2, 'more roles');
    expect(blocks).toHaveLength(2);
    expect(textOf(blocks[1] ?? {})).toMatch(/_…and \d+ more roles_$/);
  });

  it('gives nothing for no lines or no room', () => {
    expect(lineSections([], 5)).toEqual([]);
    expect(lineSections(['a'], 0)).toEqual([]);
  });
});

describe('splitMrkdwn', () => {
  it('splits at a line break or space, never inside an entity', () => {
    const text = escapeMrkdwn(`${'a'.repeat(2998)}<b>`);
    const pieces = splitMrkdwn(text, 3000);
    expect(pieces.every((piece) => piece.length <= 3000)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('keeps every piece within the size and loses no words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('word', '&', '<tag>', '😀', 'x'.repeat(90), '\n'), { maxLength: 200 }),
        (parts) => {
          const text = escapeMrkdwn(parts.join(' '));
          const pieces = splitMrkdwn(text, 100);
          for (const piece of pieces) {
            expect(piece.length).toBeLessThanOrEqual(100);
            expect(piece).not.toMatch(/&[a-z]{0,3}$/);
          }
          expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        },
      ),
      { numRuns: 100 },
    );
  });
});
