import { describe, expect, it } from 'vitest';
import { renderHomeView } from '../../../src/render/slack/home-view.ts';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { ACTION_IDS } from '../../../src/slack/action-ids.ts';
import { allText, HOSTILE, makePosting, maxedPosting, safetyProblems, walkObjects } from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');
const OUR_CHANNEL = /^<#[CG][A-Z0-9]+>$/;

function detailsIds(view: unknown): string[] {
  const ids: string[] = [];
  walkObjects(view, (node) => {
    if (node.type === 'button' && node.action_id === ACTION_IDS.showDetails) ids.push(String(node.value));
  });
  return ids;
}

const postings = [
  makePosting({ id: 'old00001', title: 'Old Role', postedAt: '2026-10-01', company: 'Acme' }),
  makePosting({ id: 'undated1', title: 'Undated Role', postedAt: null }),
  ...['2026-11-20', '2026-11-24', '2026-11-22', '2026-11-21', '2026-11-23'].map((postedAt, i) =>
    makePosting({ id: `new0000${i}`, title: `New Role ${i}`, postedAt }),
  ),
];

describe('renderHomeView', () => {
  it('says how many roles and companies the bot knows', () => {
    const all = allText(renderHomeView({ catalog: { postings }, now }));
    expect(all).toContain('I know *7 roles* from 2 companies: Acme, Spotify.');
  });

  it('shows how to ask, with /roles and plain-language examples', () => {
    const all = allText(renderHomeView({ catalog: { postings }, now }));
    expect(all).toContain('`/roles ml manager new york`');
    expect(all).toContain('`/roles new`');
    expect(all).toContain('which roles are remote?');
  });

  it('shows the five newest roles as cards, newest first, leaving undated ones out', () => {
    const view = renderHomeView({ catalog: { postings }, now });
    expect(detailsIds(view)).toEqual(['new00001', 'new00004', 'new00002', 'new00003', 'new00000']);
    expect(allText(view)).toContain('posted yesterday');
  });

  it('lists the channel digests with their queries', () => {
    const view = renderHomeView({
      catalog: { postings },
      now,
      subscriptions: [
        { id: 's1', channelId: 'C0123ABCD', query: 'ml new york' },
        { id: 's2', channelId: 'C0456EFGH', query: null },
      ],
    });
    const all = allText(view);
    expect(all).toContain('• <#C0123ABCD>: `ml new york`');
    expect(all).toContain('• <#C0456EFGH>: every new role');
  });

  it('explains how to subscribe when there are no digests', () => {
    expect(safetyProblems(renderHomeView({ catalog: { postings }, now }))).toEqual([]);
    const all = allText(renderHomeView({ catalog: { postings }, now, subscriptions: [] }));
    expect(all).toContain('No channel digests yet.');
    expect(all).toContain('/roles subscribe &lt;query&gt;');
  });

  it('tells a new install that it knows no roles yet', () => {
    const view = renderHomeView({ catalog: { postings: [] }, now });
    expect(allText(view)).toContain('I know no roles yet.');
    expect(blockKitLimitProblems(view)).toEqual([]);
  });

  it('stays within the limits with 300 maxed postings and 500 subscriptions', () => {
    const view = renderHomeView({
      catalog: { postings: Array.from({ length: 300 }, (_, i) => maxedPosting(i)) },
      now,
      subscriptions: Array.from({ length: 500 }, (_, i) => ({
        id: `s${i}`,
        channelId: `C${i}`,
        query: `${HOSTILE} ${'q'.repeat(300)}`,
      })),
    });
    expect(blockKitLimitProblems(view)).toEqual([]);
    expect(allText(view)).toContain('more subscriptions');
  });

  it('lets no markup from postings, companies or saved queries through', () => {
    const hostile = makePosting({ title: HOSTILE, company: HOSTILE, summary: HOSTILE });
    const view = renderHomeView({
      catalog: { postings: [hostile] },
      now,
      subscriptions: [
        { channelId: '<!channel>', query: HOSTILE },
        { channelId: 'C0123ABCD', query: HOSTILE },
      ],
    });
    expect(safetyProblems(view, [OUR_CHANNEL])).toEqual([]);
    expect(allText(view)).toContain('&lt;!channel&gt;');
  });
});
