import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../../src/answer/types.ts';
import { renderAnswerMessage } from '../../../src/render/slack/answer-message.ts';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { renderPostingModal } from '../../../src/render/slack/posting-modal.ts';
import { makePosting, safetyProblems } from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');

/** Text that leans on everything that can go wrong: markup characters, entities, emoji, long runs. */
const nastyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '&amp;',
        '&lt;',
        '<!channel>',
        '<@U1>',
        '|',
        '*',
        '_',
        '`',
        '@here',
        '😀',
        '\n',
        ' ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constant('x'.repeat(700)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const posting = fc
  .record({
    title: nastyText,
    company: fc.option(nastyText),
    team: fc.option(nastyText),
    summary: nastyText,
    about: nastyText,
    bullet: nastyText,
  })
  .map((r) =>
    makePosting({
      title: r.title.trim() === '' ? 'Engineer' : r.title,
      company: r.company === null || r.company === '' ? null : r.company,
      team: r.team === null || r.team === '' ? null : r.team,
      summary: r.summary,
      sections: { about: r.about, responsibilities: [r.bullet], qualifications: [r.bullet], benefits: [] },
    }),
  );

const OUR_LINK = /^<https?:\/\/[^<>|\s]+\|open posting>$/;

describe('rendering any posting text', () => {
  it('keeps search messages within the limits with no markup getting through', () => {
    fc.assert(
      fc.property(fc.array(posting, { minLength: 1, maxLength: 8 }), nastyText, (postings, question) => {
        const answer: SearchAnswer = {
          kind: 'search',
          question,
          postings,
          notes: [question],
          understood: question,
          hits: postings.map((p, i) => ({ posting: p, score: 10 - i, coverage: 1, matchedTerms: [] })),
          hint: null,
        };
        const message = renderAnswerMessage(answer, { now });
        expect(blockKitLimitProblems(message)).toEqual([]);
        expect(safetyProblems(message)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the details modal within the limits with no markup getting through', () => {
    fc.assert(
      fc.property(posting, (p) => {
        const view = renderPostingModal(p);
        expect(blockKitLimitProblems(view)).toEqual([]);
        expect(safetyProblems(view, [OUR_LINK])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
