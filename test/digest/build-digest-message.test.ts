import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildDigestMessage, weekStartLabel } from '../../src/digest/build-digest-message.ts';
import { blockKitLimitProblems } from '../../src/render/slack/limits.ts';
import { ACTION_IDS } from '../../src/slack/action-ids.ts';
import { messageProblems } from '../support/slack-web-api.ts';
import { makePosting, salary } from './make-posting.ts';

const now = new Date('2026-11-25T09:00:00Z');

function allText(blocks: readonly KnownBlock[]): string {
  return JSON.stringify(blocks);
}

function id(n: number): string {
  return `p${String(n).padStart(7, '0')}`;
}

describe('buildDigestMessage', () => {
  it('heads the digest with the week and the number of new roles', () => {
    const message = buildDigestMessage({
      postings: [makePosting({ id: id(1) }), makePosting({ id: id(2), company: 'Globex' })],
      now,
      timeZone: 'UTC',
    });
    expect(message?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'New roles · Week of 23 Nov 2026' },
    });
    expect(allText(message!.blocks)).toContain('*2 new roles* at 2 companies.');
    expect(message?.text).toMatch(/^2 new roles this week \(week of 23 Nov 2026\): Acme \(1\), Globex \(1\)/);
  });

  it('shows each role with title, location, workplace, pay or "not stated", and a Details button', () => {
    const paid = makePosting({
      id: id(1),
      title: 'Data Engineer',
      salary: salary(120000, 150000),
      workplace: 'remote',
    });
    const unpaid = makePosting({ id: id(2), title: 'Designer' });
    const message = buildDigestMessage({ postings: [paid, unpaid], now, timeZone: 'UTC' })!;
    const roles = message.blocks.filter((b) => b.type === 'section' && b.accessory !== undefined);
    expect(roles).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Data Engineer*\nLondon, UK · Remote · $120,000–$150,000 a year · posted Nov 20, 2026',
          verbatim: true,
        },
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: 'Details' },
          action_id: ACTION_IDS.showDetails,
          value: id(1),
        },
      },
      expect.objectContaining({
        text: {
          type: 'mrkdwn',
          text: '*Designer*\nLondon, UK · Hybrid · salary not stated · posted Nov 20, 2026',
          verbatim: true,
        },
      }),
    ]);
  });

  it('groups roles by company, largest first, at most five each with "+k more"', () => {
    const postings = [
      makePosting({ id: id(1), company: 'Solo' }),
      ...Array.from({ length: 7 }, (_, i) =>
        makePosting({ id: id(10 + i), company: 'Big', title: `Role ${i}` }),
      ),
    ];
    const message = buildDigestMessage({ postings, now, timeZone: 'UTC' })!;
    const texts = message.blocks.flatMap((b) =>
      b.type === 'section' && b.text
        ? [b.text.text]
        : b.type === 'context'
          ? [JSON.stringify(b.elements)]
          : [],
    );
    const big = texts.indexOf('*Big* · 7 new roles');
    const solo = texts.indexOf('*Solo* · 1 new role');
    expect(big).toBeGreaterThan(-1);
    expect(solo).toBeGreaterThan(big);
    expect(texts.slice(big + 1, big + 6).every((t) => t.startsWith('*Role '))).toBe(true);
    expect(texts[big + 6]).toContain('+2 more at Big');
  });

  it('sums up pay per currency and period, and counts roles that do not state it', () => {
    const postings = [
      makePosting({ id: id(1), salary: salary(100000, 150000) }),
      makePosting({ id: id(2), salary: salary(90000, null) }),
      makePosting({ id: id(3), salary: salary(60000, 85000, 'GBP') }),
      makePosting({ id: id(4), salary: salary(40, 60, 'USD', 'hour') }),
      makePosting({ id: id(5) }),
    ];
    const message = buildDigestMessage({ postings, now, timeZone: 'UTC' })!;
    expect(message.blocks[2]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Pay: $90,000–$150,000 a year (2) · £60,000–£85,000 a year (1) · $40–$60 an hour (1) · 1 not stated',
          verbatim: true,
        },
      ],
    });
  });

  it('escapes posting text so it cannot ping a channel or forge a link', () => {
    const posting = makePosting({
      id: id(1),
      title: '<!channel> Engineer @here',
      company: 'A&B <https://evil|Bank>',
    });
    const message = buildDigestMessage({ postings: [posting], now, timeZone: 'UTC' })!;
    const text = allText(message.blocks);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt; Engineer @here');
    expect(text).toContain('A&amp;B &lt;https://evil|Bank&gt;');
    expect(message.text).not.toContain('<');
    for (const block of message.blocks) {
      if (block.type === 'section' && block.text) expect(block.text).toMatchObject({ verbatim: true });
    }
  });

  it('names the saved searches the digest follows', () => {
    const message = buildDigestMessage({
      postings: [makePosting({ id: id(1) })],
      now,
      timeZone: 'UTC',
      queries: ['rust', 'remote design'],
    })!;
    expect(allText(message.blocks)).toContain('at 1 company matching “rust” or “remote design”.');
  });

  it('returns nothing for an empty week unless asked to post', () => {
    expect(buildDigestMessage({ postings: [], now, timeZone: 'UTC' })).toBeNull();
    const message = buildDigestMessage({ postings: [], now, timeZone: 'UTC', emptyPolicy: 'post' });
    expect(message?.text).toBe('No new roles this week (week of 23 Nov 2026).');
    expect(allText(message!.blocks)).toContain('No new roles this week.');
  });

  it('keeps a digest of 300 new roles from 60 companies within every Block Kit limit', () => {
    const postings = Array.from({ length: 300 }, (_, i) =>
      makePosting({
        id: id(i),
        company: `Company ${i % 60} ${'with a long name '.repeat(10)}`,
        title: `Staff Engineer ${'x'.repeat(400)}`,
        locations: Array.from({ length: 6 }, (_, l) => ({
          city: null,
          region: null,
          country: null,
          raw: `Place ${l} ${'y'.repeat(80)}`,
        })),
        salary: salary(100000 + i, 200000 + i, i % 2 === 0 ? 'USD' : 'EUR'),
      }),
    );
    const message = buildDigestMessage({ postings, now, timeZone: 'UTC' })!;
    expect(blockKitLimitProblems(message)).toEqual([]);
    expect(messageProblems({ ...message })).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const shown = message.blocks.filter((b) => b.type === 'section' && b.accessory !== undefined).length;
    const last = JSON.stringify(message.blocks.at(-1));
    const omitted = Number(/and (\d+) more: `\/roles new`/.exec(last)?.[1]);
    const perCompanyMore = [...JSON.stringify(message.blocks).matchAll(/\+(\d+) more at/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(shown + omitted + perCompanyMore).toBe(300);
  });
});

describe('weekStartLabel', () => {
  it('names the Monday of the week in the zone', () => {
    expect(weekStartLabel(new Date('2026-11-23T00:00:00Z'), 'UTC')).toBe('23 Nov 2026');
    expect(weekStartLabel(new Date('2026-11-29T23:59:00Z'), 'UTC')).toBe('23 Nov 2026');
    // Still Sunday the 22nd in New York.
    expect(weekStartLabel(new Date('2026-11-23T03:00:00Z'), 'America/New_York')).toBe('16 Nov 2026');
    expect(weekStartLabel(new Date('2026-09-02T12:00:00Z'), 'UTC')).toBe('31 Aug 2026');
  });
});

describe('the digest message, as Slack receives it', () => {
  it('matches the reviewed golden file', async () => {
    const postings = [
      makePosting({
        id: 'gold0001',
        title: 'Senior Rust Engineer',
        company: 'Acme',
        salary: salary(150000, 190000),
        workplace: 'remote',
      }),
      makePosting({
        id: 'gold0002',
        title: 'Platform Engineer',
        company: 'Acme',
        salary: salary(140000, 170000),
      }),
      makePosting({
        id: 'gold0003',
        title: 'Product Designer',
        company: 'Globex',
        salary: salary(70000, 90000, 'GBP'),
      }),
      makePosting({
        id: 'gold0004',
        title: 'Data Analyst (contract)',
        company: null,
        workplace: null,
        locations: [],
      }),
    ];
    const message = buildDigestMessage({ postings, now, timeZone: 'Europe/London', queries: ['engineer'] });
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot('./golden/digest-message.json');
  });
});
