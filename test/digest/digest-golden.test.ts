import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest-message.ts';
import { roleDetails } from '../../src/digest/digest-model.ts';
import { digestText } from '../../src/digest/digest-text.ts';
import { isOpen } from '../../src/digest/is-open.ts';
import { selectDigestRoles } from '../../src/digest/select-new-postings.ts';
import type { Posting } from '../../src/model/posting.ts';
import { blockKitLimitProblems } from '../../src/render/slack/limits.ts';
import { messageProblems } from '../support/slack-web-api.ts';
import { makePosting, salary } from './make-posting.ts';

// A fixed clock: Wednesday 25 Nov 2026; digests go out Mondays at 09:00 UTC.
const now = new Date('2026-11-25T09:00:00Z');
const cron = '0 9 * * 1';
const seenNow = now.toISOString();

const fresh = makePosting({
  id: 'fresh001',
  title: 'Senior Rust Engineer',
  company: 'Acme',
  postedAt: '2026-11-23',
  workplace: 'remote',
  salary: salary(150000, 190000),
  source: { path: 'a.html', board: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/1' },
  sources: [{ path: 'a.html', board: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/1' }],
});
const twin = makePosting({
  id: 'fresh002',
  title: 'Senior Rust Engineer',
  company: 'Acme',
  postedAt: '2026-11-24',
  locations: [{ city: 'Berlin', region: null, country: 'DE', raw: 'Berlin, Germany' }],
  salary: salary(90000, 110000, 'EUR'),
});
const undated = makePosting({ id: 'undat001', title: 'Product Designer', company: 'Globex', postedAt: null });
const eightMonthsOld = makePosting({
  id: 'old00001',
  title: 'Data Engineer',
  company: 'Initech',
  postedAt: '2026-03-20',
});
const expired = makePosting({
  id: 'expir001',
  title: 'Platform Engineer',
  company: 'Acme',
  postedAt: '2026-11-20',
  validThrough: '2026-11-24',
});
const goneFromBoard = makePosting({
  id: 'gone0001',
  title: 'Site Reliability Engineer',
  company: 'Globex',
  postedAt: '2026-11-10',
  closedAt: '2026-11-22',
});

function problems(message: { text: string; blocks: unknown[] }): string[] {
  return [...blockKitLimitProblems(message as never), ...messageProblems({ ...message } as never)];
}

function firstSeen(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}

describe('what is new, on a fixed clock', () => {
  const all = [fresh, twin, undated, eightMonthsOld, expired];
  const selection = selectDigestRoles({
    postings: all,
    firstSeen: firstSeen(Object.fromEntries(all.map((p) => [p.id, seenNow]))),
    since: null,
    now,
  });

  it('never calls an 8-month-old role new, even the first time the bot sees it: it is counted, not listed', () => {
    expect(selection.fresh.map((p) => p.id)).not.toContain(eightMonthsOld.id);
    expect(selection.older.map((p) => p.id)).toEqual([eightMonthsOld.id]);
  });

  it('lists roles posted this week, and undated roles first seen this week', () => {
    expect(selection.fresh.map((p) => p.id)).toEqual(['fresh002', 'fresh001', 'undat001']);
  });

  it('keeps a closed role out of every digest: past its closing date, or gone from its board', () => {
    expect(isOpen(expired, now)).toBe(false);
    expect(isOpen(goneFromBoard, now)).toBe(false);
    expect(isOpen(expired, new Date('2026-11-24T23:00:00Z'))).toBe(true);
    for (const since of [null, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-23T09:00:00Z')]) {
      const picked = selectDigestRoles({
        postings: [expired, goneFromBoard],
        firstSeen: firstSeen({ expir001: seenNow, gone0001: seenNow }),
        since,
        now,
      });
      expect(picked.fresh).toEqual([]);
    }
  });
});

describe('digest golden files, validated against Slack’s limits', () => {
  it('a first digest with new and older roles', async () => {
    const all = [fresh, twin, undated, eightMonthsOld, expired];
    const selection = selectDigestRoles({
      postings: all,
      firstSeen: firstSeen(Object.fromEntries(all.map((p) => [p.id, seenNow]))),
      since: null,
      now,
    });
    const { message, model } = buildDigest({
      postings: selection.fresh,
      older: selection.older,
      closed: selection.closed,
      now,
      timeZone: 'UTC',
      footer: { audience: { kind: 'channel', channelId: 'C0JOBS' }, unsubscribable: true, cron },
    });
    expect(problems(message!)).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toContain('and 1 older role the bot saw for the first time');
    expect(text).toContain('Next: Monday 30 Nov at 09:00 (UTC)');
    expect(text).toContain('roles_unsubscribe');
    // Same title at the same company: told apart by place.
    expect(model.groups[0]?.roles.map((r) => r.tellApart)).toEqual(['Berlin, Germany', 'London, UK']);
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(
      './golden/digest-first-week.json',
    );
  });

  it('a week with roles closed since the last digest', async () => {
    const since = new Date('2026-11-18T09:00:00Z');
    const selection = selectDigestRoles({
      postings: [fresh, goneFromBoard, expired],
      firstSeen: firstSeen({
        fresh001: seenNow,
        gone0001: '2026-11-10T09:00:00Z',
        expir001: '2026-11-20T10:00:00Z',
      }),
      since,
      now,
    });
    expect(selection.fresh.map((p) => p.id)).toEqual(['fresh001']);
    expect(selection.closed.map((p) => p.id)).toEqual(['gone0001']);
    const { message } = buildDigest({
      postings: selection.fresh,
      closed: selection.closed,
      now,
      timeZone: 'UTC',
      queries: ['engineer'],
      footer: { audience: { kind: 'channel', channelId: 'C0JOBS' }, unsubscribable: true, cron },
    });
    expect(problems(message!)).toEqual([]);
    expect(JSON.stringify(message)).toContain(
      'Closed since the last digest: Site Reliability Engineer at Globex',
    );
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(
      './golden/digest-closed-week.json',
    );
  });

  it('an empty week with DIGEST_EMPTY=post', async () => {
    const { message } = buildDigest({
      postings: [],
      now,
      timeZone: 'UTC',
      emptyPolicy: 'post',
      queries: ['rust'],
      footer: { audience: { kind: 'channel', channelId: 'C0JOBS' }, unsubscribable: true, cron },
    });
    expect(problems(message!)).toEqual([]);
    expect(message?.text).toBe('No new roles this week (week of 23 Nov 2026).');
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(
      './golden/digest-empty-week.json',
    );
  });

  it('a personal digest, sent by DM', async () => {
    const { message } = buildDigest({
      postings: [fresh, twin],
      now,
      timeZone: 'Europe/London',
      queries: ['rust'],
      footer: { audience: { kind: 'person', userId: 'U0ALICE' }, unsubscribable: true, cron },
    });
    expect(problems(message!)).toEqual([]);
    const text = JSON.stringify(message);
    expect(text).toContain('Your personal alert: new roles matching “rust”.');
    expect(text).toContain('"value":"U0ALICE"');
    await expect(`${JSON.stringify(message, null, 2)}\n`).toMatchFileSnapshot(
      './golden/digest-personal.json',
    );
  });

  it('a huge week keeps its "+N more" buttons and footer within every limit', () => {
    const postings: Posting[] = Array.from({ length: 300 }, (_, i) =>
      makePosting({
        id: `big${String(i).padStart(5, '0')}`,
        company: `Company ${i % 40} ${'long name '.repeat(12)}`,
        title: `Staff Engineer ${'x'.repeat(300)}`,
        salary: salary(100000 + i, 200000 + i),
        postedAt: '2026-11-24',
      }),
    );
    const { message, model } = buildDigest({
      postings,
      now,
      timeZone: 'UTC',
      footer: { audience: { kind: 'channel', channelId: 'C0JOBS' }, unsubscribable: true, cron },
    });
    expect(problems(message!)).toEqual([]);
    expect(JSON.stringify(message)).toContain('roles_unsubscribe');
    const listed = model.groups.reduce((n, g) => n + g.roles.length, 0);
    expect(listed + model.omitted).toBe(300);
  });
});

describe('the terminal preview is the message', () => {
  it('prints the same roles, places, pay and "+N more" as the Block Kit message', () => {
    const postings = [
      fresh,
      twin,
      undated,
      ...Array.from({ length: 6 }, (_, i) =>
        makePosting({ id: `glob000${i}`, title: `Designer ${i}`, company: 'Globex', postedAt: '2026-11-24' }),
      ),
    ];
    const { message, model } = buildDigest({
      postings,
      now,
      timeZone: 'UTC',
      footer: { audience: { kind: 'channel', channelId: 'C0JOBS' }, unsubscribable: true, cron },
    });
    const text = digestText(model, postings);
    const slack = JSON.stringify(message);
    for (const group of model.groups) {
      for (const role of group.shown) {
        expect(text).toContain(role.title);
        expect(text).toContain(roleDetails(role));
        expect(slack).toContain(roleDetails(role));
      }
    }
    expect(text).toContain('+2 more at Globex');
    expect(slack).toContain('+2 more at Globex');
    expect(text).toContain('$150,000–$190,000 a year');
    expect(text).toContain('€90,000–€110,000 a year');
    expect(text).toContain('Next: Monday 30 Nov at 09:00 (UTC)');
  });
});
