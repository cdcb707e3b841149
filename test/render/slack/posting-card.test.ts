import { describe, expect, it } from 'vitest';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { postingCardText, renderPostingCard } from '../../../src/render/slack/posting-card.ts';
import { ACTION_IDS } from '../../../src/slack/action-ids.ts';
import { HOSTILE, makePosting, maxedPosting, safetyProblems } from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');

describe('renderPostingCard', () => {
  it('shows title, company and team, place and workplace, salary, type, age and summary', () => {
    expect(postingCardText(makePosting(), now)).toBe(
      [
        '*Senior Machine Learning Engineer - Personalization*',
        'Spotify · Personalization',
        'New York, NY · Hybrid',
        '$176,166–$251,666 a year · Full-time · posted 6 days ago',
        '_Build the models that decide what millions of listeners play next._',
      ].join('\n'),
    );
  });

  it('says when the salary is not stated and leaves out what the posting does not give', () => {
    const text = postingCardText(
      makePosting({
        salary: null,
        team: null,
        locations: [],
        workplace: null,
        employmentType: null,
        postedAt: null,
      }),
      now,
    );
    expect(text).toBe(
      [
        '*Senior Machine Learning Engineer - Personalization*',
        'Spotify',
        'salary not stated',
        '_Build the models that decide what millions of listeners play next._',
      ].join('\n'),
    );
  });

  it('shows the posted date when no clock is given', () => {
    expect(postingCardText(makePosting(), null)).toContain('posted Nov 19, 2026');
  });

  it('names three places at most and counts the rest', () => {
    const locations = ['London', 'Berlin', 'Paris', 'Madrid', 'Rome'].map((city) => ({
      city,
      region: null,
      country: null,
      raw: city,
    }));
    expect(postingCardText(makePosting({ locations, workplace: 'remote' }), now)).toContain(
      'London; Berlin; Paris +2 more · Remote',
    );
  });

  it('carries a Details button whose value is the posting id', () => {
    const block = renderPostingCard(makePosting(), { now });
    expect(block.accessory).toMatchObject({
      type: 'button',
      action_id: ACTION_IDS.showDetails,
      value: 'a1b2c3d4',
    });
  });

  it('leaves the button out when the caller asks', () => {
    expect(renderPostingCard(makePosting(), { now, detailsButton: false }).accessory).toBeUndefined();
  });

  it('stays within the section limit for the longest posting', () => {
    const block = renderPostingCard(maxedPosting(1), { now });
    expect(blockKitLimitProblems({ text: 'x', blocks: [block] })).toEqual([]);
  });

  it('escapes mentions, links and entities from the posting', () => {
    const hostile = makePosting({ title: HOSTILE, company: HOSTILE, team: HOSTILE, summary: HOSTILE });
    const block = renderPostingCard(hostile, { now });
    expect(safetyProblems(block)).toEqual([]);
    expect(postingCardText(hostile, now)).toContain('&lt;!channel&gt; &lt;!here&gt; @here');
    expect(postingCardText(hostile, now)).toContain('&amp;lt;');
  });
});

describe('postingCardText with a blank title', () => {
  it('names the role rather than showing empty bold marks', () => {
    expect(postingCardText(makePosting({ title: ' \n ' }), now).split('\n')[0]).toBe('*Untitled role*');
  });
});
