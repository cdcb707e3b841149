import { describe, expect, it } from 'vitest';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { MORE_IN_SOURCE, renderPostingModal } from '../../../src/render/slack/posting-modal.ts';
import { allText, HOSTILE, makePosting, maxedPosting, safetyProblems } from './fixtures.ts';

const OUR_LINK = /^<https?:\/\/[^<>|\s]+\|open posting>$/;

describe('renderPostingModal', () => {
  it('is a modal titled "Role details" with the role’s title as its header', () => {
    const view = renderPostingModal(makePosting());
    expect(view.type).toBe('modal');
    expect(view.title).toEqual({ type: 'plain_text', text: 'Role details' });
    expect(view.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Senior Machine Learning Engineer - Personalization' },
    });
  });

  it('shows every structured field, section and source', () => {
    const all = allText(renderPostingModal(makePosting()));
    for (const expected of [
      '*Company*\nSpotify',
      '*Team*\nPersonalization',
      '*Workplace*\nHybrid',
      '*Employment*\nFull-time',
      '*Seniority*\nSenior',
      '*Posted*\nNov 19, 2026',
      'New York, NY',
      '*Salary:* $176,166–$251,666 a year',
      'python, scala, tensorflow',
      '*About*\nThe Personalization team',
      '• Build recommendation models',
      '• 5+ years of ML engineering',
      '• Health insurance',
      'lever · <https://jobs.lever.co/spotify/abc|open posting>',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('lists every salary range when pay differs by location', () => {
    const salary = {
      min: 150000,
      max: 220000,
      currency: 'USD',
      period: 'year' as const,
      text: 'NYC $180k-$220k; Remote $150k-$190k',
      ranges: [
        {
          min: 180000,
          max: 220000,
          currency: 'USD',
          period: 'year' as const,
          text: 'NYC: $180,000 - $220,000',
        },
        {
          min: 150000,
          max: 190000,
          currency: 'USD',
          period: 'year' as const,
          text: 'Remote: $150,000 - $190,000',
        },
      ],
    };
    const all = allText(renderPostingModal(makePosting({ salary })));
    expect(all).toContain('• $180,000–$220,000 a year: NYC: $180,000 - $220,000');
    expect(all).toContain('• $150,000–$190,000 a year: Remote: $150,000 - $190,000');
  });

  it('links a source only when its URL is http or https', () => {
    const sources = [
      { path: 'a.html', board: 'greenhouse', url: 'ftp://files.example/job' },
      { path: 'b.html', board: 'lever', url: 'https://jobs.example/b' },
    ];
    const all = allText(renderPostingModal(makePosting({ source: sources[0], sources })));
    expect(all).toContain('• greenhouse');
    // A file name means nothing in Slack.
    expect(all).not.toContain('a.html');
    expect(all).not.toContain('ftp://');
    expect(all).toContain('<https://jobs.example/b|open posting>');
  });

  it('says so when the saved page stopped mid-posting', () => {
    expect(allText(renderPostingModal(makePosting({ truncated: true })))).toContain(
      'the source has the rest',
    );
  });

  it('splits a long section into several sections and caps the view at 100 blocks with a note', () => {
    const view = renderPostingModal(maxedPosting(7));
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(blockKitLimitProblems(view)).toEqual([]);
    const long = makePosting({ sections: { ...makePosting().sections, about: 'word '.repeat(300_000 / 5) } });
    const longView = renderPostingModal(long);
    expect(blockKitLimitProblems(longView)).toEqual([]);
    expect(allText(longView)).toContain(MORE_IN_SOURCE);
  });

  it('stays within the limits for postings with every field at its largest', () => {
    for (let i = 0; i < 20; i += 1)
      expect(blockKitLimitProblems(renderPostingModal(maxedPosting(i)))).toEqual([]);
  });

  it('lets no mention, link or entity from the posting through', () => {
    const hostile = makePosting({
      title: HOSTILE,
      company: HOSTILE,
      team: HOSTILE,
      summary: HOSTILE,
      skills: [HOSTILE],
      sections: {
        about: HOSTILE,
        responsibilities: [HOSTILE],
        qualifications: [HOSTILE],
        benefits: [HOSTILE],
      },
      locations: [{ city: null, region: null, country: null, raw: HOSTILE }],
      source: { path: HOSTILE, board: HOSTILE, url: 'https://example.com/<!channel>' },
      sources: [{ path: HOSTILE, board: HOSTILE, url: 'https://example.com/<!channel>' }],
    });
    const view = renderPostingModal(hostile);
    expect(safetyProblems(view, [OUR_LINK])).toEqual([]);
    expect(allText(view)).toContain('&lt;!channel&gt;');
    expect(safetyProblems(renderPostingModal(maxedPosting(3)), [OUR_LINK])).toEqual([]);
  });
});
