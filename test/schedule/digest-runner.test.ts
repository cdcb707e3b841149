import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, WebClient } from '@slack/web-api';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Posting } from '../../src/model/posting.ts';
import { DIGEST_EVENT_TYPE, type RunDigestOptions, runDigest } from '../../src/schedule/digest-runner.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { type DigestStore, openDigestStore } from '../../src/storage/digest-store.ts';
import { makePosting } from '../digest/make-posting.ts';
import { memoryStream } from '../support/memory-stream.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from '../support/slack-web-api.ts';

const week1 = new Date('2026-11-16T09:00:00Z');
const week2 = new Date('2026-11-23T09:00:00Z');
const week3 = new Date('2026-11-30T09:00:00Z');

let dataDir: string;
let slack: SlackWebApiStandIn;
let history: HistoryServer | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-runner-'));
  slack = await startSlackWebApi();
});

afterEach(async () => {
  await history?.close();
  history = null;
  await slack.close();
  await rm(dataDir, { recursive: true, force: true });
});

function clientFor(url: string, retries = 0): WebClient {
  return new WebClient(slack.botToken, {
    slackApiUrl: url,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries, factor: 1, minTimeout: 10, maxTimeout: 2000 },
  });
}

async function openStore(createdAt = week1): Promise<DigestStore> {
  return (await openDigestStore({ dataDir, now: () => createdAt })).store;
}

function setup(store: DigestStore, postings: Posting[], overrides: Partial<RunDigestOptions> = {}) {
  const logs = memoryStream();
  let catalog = buildCatalog(postings);
  const options = (now: Date, more: Partial<RunDigestOptions> = {}): RunDigestOptions => ({
    store,
    getCatalog: () => catalog,
    client: clientFor(slack.url),
    channels: ['CJOBS'],
    now,
    scheduledFor: now,
    timeZone: 'UTC',
    emptyPolicy: 'skip',
    logger: pino({ level: 'debug' }, logs.stream),
    ...overrides,
    ...more,
  });
  return {
    options,
    logs: logs.lines,
    setPostings(next: Posting[]) {
      catalog = buildCatalog(next);
    },
  };
}

function posted(channel?: string) {
  return slack
    .calls('chat.postMessage')
    .filter((c) => c.status === 200 && (c.response as { ok: boolean }).ok)
    .filter((c) => channel === undefined || c.args.channel === channel);
}

function postedIds(channel: string): string[][] {
  return posted(channel).map((c) =>
    (c.args.blocks as { accessory?: { value: string } }[]).flatMap((b) =>
      b.accessory ? [b.accessory.value] : [],
    ),
  );
}

const backend = makePosting({ id: 'back0001', title: 'Rust Backend Engineer', company: 'Acme' });
const designer = makePosting({
  id: 'desi0001',
  title: 'Product Designer',
  company: 'Globex',
  skills: ['figma'],
});
// Posted between week2 and week3: new in week3's digest (a role stated as posted before a digest's week is not new).
const later = makePosting({
  id: 'late0001',
  title: 'Data Engineer',
  company: 'Initech',
  postedAt: '2026-11-27',
});

describe('runDigest', () => {
  it('posts the new roles to the digest channel, tagged and recorded, then moves the channel on', async () => {
    const store = await openStore();
    const { options } = setup(store, [backend, designer]);
    const report = await runDigest(options(week2));

    expect(report.channels).toEqual([
      { channelId: 'CJOBS', status: 'sent', ts: expect.any(String), postings: 2 },
    ]);
    const [call] = posted('CJOBS');
    expect(call?.args.metadata).toEqual({
      event_type: DIGEST_EVENT_TYPE,
      event_payload: { run_id: report.runId, scheduled_for: week2.toISOString() },
    });
    const state = await store.read();
    expect(state.digests).toMatchObject([
      { channelId: 'CJOBS', status: 'sent', postingIds: ['desi0001', 'back0001'] },
    ]);
    expect(state.channels.CJOBS).toEqual({ lastDigestAt: week2.toISOString() });
  });

  it('tells a channel only about roles that appeared since its previous digest', async () => {
    const store = await openStore();
    const run = setup(store, [backend, designer]);
    await runDigest(run.options(week2));
    run.setPostings([backend, designer, later]);
    await runDigest(run.options(week3));
    expect(postedIds('CJOBS')).toEqual([['back0001', 'desi0001'], ['late0001']]);
  });

  it('posts nothing in a week with nothing new, unless told to post empty digests', async () => {
    const store = await openStore();
    const run = setup(store, [backend]);
    await runDigest(run.options(week2));
    const quiet = await runDigest(run.options(week3));
    expect(quiet.channels).toEqual([{ channelId: 'CJOBS', status: 'nothing-new' }]);
    expect(posted()).toHaveLength(1);
    await runDigest(run.options(new Date('2026-12-07T09:00:00Z'), { emptyPolicy: 'post' }));
    expect(posted().at(-1)?.args.text).toMatch(/^No new roles this week/);
  });

  it('sends each subscribed channel the roles matching any of its searches', async () => {
    const store = await openStore();
    const base = { createdBy: 'U1', createdAt: week1.toISOString() };
    await store.addSubscription({ ...base, channelId: 'CRUST', query: 'rust' });
    await store.addSubscription({ ...base, channelId: 'CALL', query: null });
    const run = setup(store, [backend, designer], { channels: [] });
    await runDigest(run.options(week2));
    expect(postedIds('CRUST')).toEqual([['back0001']]);
    expect(postedIds('CALL')).toEqual([['back0001', 'desi0001']]);
    expect(posted('CJOBS')).toEqual([]);
  });

  it('never posts twice for the same slot, even when asked again', async () => {
    const store = await openStore();
    const run = setup(store, [backend]);
    await runDigest(run.options(week2));
    run.setPostings([backend, later]);
    const again = await runDigest(run.options(new Date('2026-11-23T09:05:00Z'), { scheduledFor: week2 }));
    expect(again.channels).toEqual([{ channelId: 'CJOBS', status: 'already-done' }]);
    expect(posted()).toHaveLength(1);
  });

  it('posts once when two runs overlap in one process', async () => {
    const store = await openStore();
    const run = setup(store, [backend, designer]);
    await Promise.all([runDigest(run.options(week2)), runDigest(run.options(week2))]);
    expect(posted()).toHaveLength(1);
  });

  it('posts once when two processes share the data folder and run at once', async () => {
    const a = setup(await openStore(), [backend, designer]);
    const b = setup(await openStore(), [backend, designer]);
    await Promise.all([runDigest(a.options(week2)), runDigest(b.options(week2))]);
    expect(posted()).toHaveLength(1);
  });

  it('carries on with other channels when one refuses, and retries the refused one next time', async () => {
    const store = await openStore();
    const run = setup(store, [backend], { channels: ['CGONE', 'CJOBS'] });
    slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    const report = await runDigest(run.options(week2));
    expect(report.channels).toEqual([
      { channelId: 'CGONE', status: 'failed', error: 'not_in_channel', postings: 1 },
      { channelId: 'CJOBS', status: 'sent', ts: expect.any(String), postings: 1 },
    ]);
    expect((await store.read()).channels.CGONE).toBeUndefined();
    await runDigest(run.options(week3));
    expect(postedIds('CGONE')).toEqual([['back0001']]);
    expect(postedIds('CJOBS')).toEqual([['back0001']]);
    const finished = run.logs().filter((l) => l.msg === 'digest run finished');
    expect(finished[0]).toMatchObject({
      level: 40,
      sent: 1,
      failures: [{ channelId: 'CGONE', error: 'not_in_channel' }],
    });
  });

  it('waits out a 429 Retry-After and posts once', async () => {
    const store = await openStore();
    const run = setup(store, [backend], { client: clientFor(slack.url, 2) });
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const report = await runDigest(run.options(week2));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(report.channels[0]?.status).toBe('sent');
    expect(slack.calls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('logs the start and the end of every run with channels and counts', async () => {
    const store = await openStore();
    const run = setup(store, [backend, designer]);
    await runDigest(run.options(week2));
    const lines = run.logs();
    expect(lines.find((l) => l.msg === 'digest run started')).toMatchObject({
      job: 'digest',
      scheduledFor: week2.toISOString(),
      channels: ['CJOBS'],
    });
    expect(lines.find((l) => l.msg === 'digest run finished')).toMatchObject({
      level: 30,
      newlySeen: 2,
      sent: 1,
      failures: [],
    });
  });

  it('keeps a 300-role digest within the limits the Slack stand-in enforces', async () => {
    const store = await openStore();
    const many = Array.from({ length: 300 }, (_, i) =>
      makePosting({
        id: `m${String(i).padStart(7, '0')}`,
        company: `Company ${i % 70}`,
        title: `Engineer ${i}`,
      }),
    );
    const run = setup(store, many);
    const report = await runDigest(run.options(week2));
    expect(report.channels[0]).toMatchObject({ status: 'sent', postings: 300 });
  });
});

describe('runDigest after a crash', () => {
  /** The state a bot leaves when it stops between recording a digest and hearing back from Slack. */
  async function crashMidPost(postIt: boolean): Promise<string> {
    const store = await openStore();
    await store.recordFirstSeen([backend.id], week2);
    await store.claimDigest({
      runId: 'crashed-run',
      channelId: 'CJOBS',
      scheduledFor: week2.toISOString(),
      postingIds: [backend.id],
      windowStart: week1.toISOString(),
      cutoff: week2.toISOString(),
      attemptedAt: week2.toISOString(),
    });
    if (postIt) {
      await clientFor(slack.url).chat.postMessage({
        channel: 'CJOBS',
        text: 'digest',
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { run_id: 'crashed-run' } },
      });
    }
    return store.location;
  }

  it('finds a digest that reached Slack before the crash and does not post it again', async () => {
    await crashMidPost(true);
    history = await startHistoryServer(slack);
    const restarted = setup(await openStore(), [backend], { client: clientFor(history.url) });
    const report = await runDigest(
      restarted.options(new Date('2026-11-23T10:00:00Z'), { scheduledFor: week2 }),
    );
    expect(report.reconciled).toBe(1);
    expect(posted()).toHaveLength(1);
    const state = await (await openStore()).read();
    expect(state.digests[0]).toMatchObject({
      status: 'sent',
      ts: posted()[0]?.response && expect.any(String),
    });
    expect(state.channels.CJOBS).toEqual({ lastDigestAt: week2.toISOString() });
  });

  it('sends the roles of a digest that never reached Slack in the next digest', async () => {
    await crashMidPost(false);
    history = await startHistoryServer(slack);
    const restarted = setup(await openStore(), [backend], { client: clientFor(history.url) });
    await runDigest(restarted.options(week3));
    expect(postedIds('CJOBS')).toEqual([['back0001']]);
    const state = await (await openStore()).read();
    expect(state.digests.map((d) => [d.runId === 'crashed-run', d.status])).toEqual([
      [true, 'failed'],
      [false, 'sent'],
    ]);
  });

  it('marks the digest unknown and does not re-post when the history cannot be read', async () => {
    await crashMidPost(true);
    // The plain stand-in has no conversations.history, like a bot without channels:history.
    const restarted = setup(await openStore(), [backend]);
    const report = await runDigest(restarted.options(week3));
    expect(report.channels).toEqual([{ channelId: 'CJOBS', status: 'nothing-new' }]);
    expect(posted()).toHaveLength(1);
    const state = await (await openStore()).read();
    expect(state.digests[0]).toMatchObject({ status: 'unknown', error: 'unknown_method' });
    expect(restarted.logs().some((l) => String(l.msg).includes('not re-posting'))).toBe(true);
  });

  it('settles a post that failed ambiguously at the next run, however soon, and never posts it twice', async () => {
    history = await startHistoryServer(slack);
    const run = setup(await openStore(), [backend], { client: clientFor(history.url) });
    slack.failNext('chat.postMessage', { status: 500 });
    const first = await runDigest(run.options(week2));
    expect(first.channels).toEqual([
      { channelId: 'CJOBS', status: 'unconfirmed', error: 'http_500', postings: 1 },
    ]);
    expect((await (await openStore()).read()).digests[0]?.status).toBe('sending');
    // Five minutes later, well inside the old grace period: this process made the attempt and is not
    // posting it any more, so the history settles it (the 500 created no message) and the roles go out.
    const retry = await runDigest(run.options(new Date('2026-11-23T09:05:00Z'), { scheduledFor: week2 }));
    expect(retry.reconciled).toBe(1);
    expect(retry.channels).toEqual([
      { channelId: 'CJOBS', status: 'sent', ts: expect.any(String), postings: 1 },
    ]);
    const next = await runDigest(run.options(week3));
    expect(next.channels).toEqual([{ channelId: 'CJOBS', status: 'nothing-new' }]);
    expect(postedIds('CJOBS')).toEqual([['back0001']]);
  });

  it('leaves a very recent sending record of unknown owner alone, and does not send its roles again', async () => {
    await crashMidPost(false);
    const restarted = setup(await openStore(), [backend]);
    const report = await runDigest(
      restarted.options(new Date('2026-11-23T09:01:00Z'), { scheduledFor: new Date('2026-11-23T09:01:00Z') }),
    );
    expect(report.reconciled).toBe(0);
    expect(report.channels).toEqual([{ channelId: 'CJOBS', status: 'nothing-new' }]);
    expect(posted()).toHaveLength(0);
  });
});

describe('runDigest with a Slack that never answers', () => {
  it('lets the next run go ahead once a run passes its deadline', async () => {
    slack.failNext('chat.postMessage', { hang: 'before' });
    const run = setup(await openStore(), [backend], {
      client: new WebClient(slack.botToken, {
        slackApiUrl: slack.url,
        logLevel: LogLevel.ERROR,
        retryConfig: { retries: 0 },
        timeout: 2_000,
      }),
    });
    const stuck = runDigest(run.options(week2, { deadlineMs: 300 }));
    await slack.waitForCalls('chat.postMessage', 1, 5_000);
    run.setPostings([backend, later]);
    const next = await runDigest(run.options(week3, { deadlineMs: 5_000 }));
    // The stuck post still holds back0001 (it may yet reach Slack); the next run sends what is new since.
    expect(next.channels).toEqual([
      { channelId: 'CJOBS', status: 'sent', ts: expect.any(String), postings: 1 },
    ]);
    expect(postedIds('CJOBS')).toEqual([['late0001']]);
    expect((await stuck).channels[0]).toMatchObject({ status: 'unconfirmed' });
  }, 15_000);

  it('gives up on a call the client times out, leaving it for the next run to settle', async () => {
    slack.failNext('chat.postMessage', { hang: 'before' });
    slack.enableHistory();
    const client = new WebClient(slack.botToken, {
      slackApiUrl: slack.url,
      logLevel: LogLevel.ERROR,
      retryConfig: { retries: 0 },
      timeout: 200,
    });
    const run = setup(await openStore(), [backend], { client });
    const first = await runDigest(run.options(week2));
    expect(first.channels[0]).toMatchObject({ channelId: 'CJOBS', status: 'unconfirmed' });
    const second = await runDigest(run.options(new Date('2026-11-23T09:01:00Z')));
    expect(second.reconciled).toBe(1);
    expect(postedIds('CJOBS')).toEqual([['back0001']]);
  }, 15_000);
});

interface HistoryServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Adds `conversations.history` in front of the stand-in (which lacks it): it answers from the messages the
 * stand-in accepted, with their metadata as Slack returns it, and passes every other method through.
 */
async function startHistoryServer(standIn: SlackWebApiStandIn): Promise<HistoryServer> {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').replace(/^\/api\//, '');
    if (method === 'conversations.history') {
      const channel = new URLSearchParams(body).get('channel');
      const messages = standIn
        .calls('chat.postMessage')
        .filter((c) => c.args.channel === channel && (c.response as { ok?: boolean }).ok)
        .map((c) => ({ type: 'message', ts: (c.response as { ts: string }).ts, metadata: c.args.metadata }))
        .reverse();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, messages, has_more: false }));
      return;
    }
    const forwarded = await fetch(`${standIn.url}${method}`, {
      method: 'POST',
      headers: {
        'content-type': String(req.headers['content-type']),
        authorization: String(req.headers.authorization),
      },
      body,
    });
    res.writeHead(forwarded.status, { 'content-type': 'application/json' }).end(await forwarded.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('runDigest for a personal alert', () => {
  it('opens a DM with the person and posts their digest there, once', async () => {
    const store = await openStore();
    await store.addSubscription({
      channelId: 'U0ALICE',
      query: null,
      createdBy: 'U0ALICE',
      createdAt: week1.toISOString(),
      personal: true,
    });
    const run = setup(store, [backend], { channels: [], cron: '0 9 * * 1' });
    const report = await runDigest(run.options(week2));
    expect(report.channels).toEqual([
      { channelId: 'U0ALICE', status: 'sent', ts: expect.any(String), postings: 1 },
    ]);
    expect(slack.calls('conversations.open')[0]?.args.users).toBe('U0ALICE');
    const [dm] = posted('D0ALICE');
    expect(JSON.stringify(dm?.args.blocks)).toContain('Your personal alert: every new role.');
    expect(JSON.stringify(dm?.args.blocks)).toContain('Next: Monday 30 Nov at 09:00 (UTC)');
    const state = await store.read();
    expect(state.digests.at(-1)).toMatchObject({
      channelId: 'U0ALICE',
      conversationId: 'D0ALICE',
      status: 'sent',
    });
    await runDigest(run.options(new Date('2026-11-23T09:05:00Z'), { scheduledFor: week2 }));
    expect(posted('D0ALICE')).toHaveLength(1);
  });
});
