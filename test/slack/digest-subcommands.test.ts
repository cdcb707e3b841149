import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockKitLimitProblems } from '../../src/render/slack/limits.ts';
import type { DigestCommandDependencies } from '../../src/slack/commands/digest-command-dependencies.ts';
import { MESSAGE_NO_DIGEST_HERE } from '../../src/slack/commands/digest-preview.ts';
import { digestSubcommands } from '../../src/slack/commands/digest-subcommands.ts';
import { MESSAGE_QUERY_TOO_LONG } from '../../src/slack/commands/digest-subscribe.ts';
import { homeSubscriptions, listSubscriptions } from '../../src/slack/commands/digest-subscriptions.ts';
import { MESSAGE_SOMETHING_WENT_WRONG } from '../../src/slack/user-messages.ts';
import { type DigestStore, openDigestStore } from '../../src/storage/digest-store.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';
import { CHANNEL_ID, slashCommand, toForm, USER_ID } from '../support/slack-payloads.ts';
import { type HttpHarness, NOW, startHttpHarness, visibleText } from './harness.ts';

let harness: HttpHarness;
let dataDir: string;
let store: DigestStore;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-commands-'));
  store = (await openDigestStore({ dataDir, now: () => new Date('2026-11-01T00:00:00Z') })).store;
  const deps: DigestCommandDependencies = {
    store,
    digestChannels: ['C0DIGEST'],
    cron: '0 9 * * 1',
    timeZone: 'Europe/London',
    emptyPolicy: 'skip',
  };
  harness = await startHttpHarness({ subcommands: digestSubcommands(deps) });
});

beforeEach(async () => {
  harness.slack.reset();
  for (const s of (await store.read()).subscriptions) await store.removeSubscriptions(s.channelId, s.id);
});

afterAll(async () => {
  await harness.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Sends `/roles <text>` through the real app, signed, and returns what the person privately saw. */
async function roles(text: string, overrides: Record<string, string> = {}) {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const response = await harness.post(toForm(slashCommand(text, url, overrides)));
  expect(response.status).toBe(200);
  const [post] = harness.slack.responses(id);
  expect(post?.status).toBe(200);
  const body = post?.body ?? {};
  expect(body.response_type).toBe('ephemeral');
  return { body, text: visibleText(body.blocks) };
}

describe('/roles subscribe', () => {
  it('subscribes the channel to a search and says when digests go out', async () => {
    const { text } = await roles('subscribe machine learning');
    expect(text).toMatch(
      /^Subscribed this channel to new roles matching “machine learning” \(`sub-[0-9a-f]{6}`\)\./,
    );
    expect(text).toContain('Digests go out at 09:00, only on Monday (Europe/London).');
    expect(text).toMatch(/\d+ current roles match \([^)]+\); the digest brings only new ones\./);
    expect(await listSubscriptions(store, { channelId: CHANNEL_ID })).toMatchObject([
      { channelId: CHANNEL_ID, query: 'machine learning', createdBy: USER_ID, createdAt: NOW.toISOString() },
    ]);
  });

  it('subscribes to every new role when no words are given', async () => {
    const { text } = await roles('subscribe');
    expect(text).toMatch(/^Subscribed this channel to every new role/);
    expect((await listSubscriptions(store))[0]?.query).toBeNull();
  });

  it('does not add the same search twice', async () => {
    await roles('subscribe rust');
    const { text } = await roles('subscribe   rust ');
    expect(text).toMatch(/^This channel already follows new roles matching “rust”/);
    expect(await listSubscriptions(store)).toHaveLength(1);
  });

  it('keeps a hostile query inert in the reply', async () => {
    const { body } = await roles('subscribe <!channel> @here');
    expect(JSON.stringify(body.blocks)).toContain('“&lt;!channel&gt; @here”');
    expect(JSON.stringify(body.blocks)).toContain('"verbatim":true');
  });

  it('refuses a search too long to show', async () => {
    const { text } = await roles(`subscribe ${'word '.repeat(60)}`);
    expect(text).toBe(MESSAGE_QUERY_TOO_LONG);
    expect(await listSubscriptions(store)).toEqual([]);
  });
});

describe('/roles unsubscribe', () => {
  it('removes a subscription by its words', async () => {
    await roles('subscribe rust');
    await roles('subscribe design');
    const { text } = await roles('unsubscribe RUST');
    expect(text).toMatch(
      /^Unsubscribed this channel from new roles matching “rust”\.\nStill following:\n• `sub-/,
    );
    expect((await listSubscriptions(store)).map((s) => s.query)).toEqual(['design']);
  });

  it('removes a subscription by its id', async () => {
    await roles('subscribe rust');
    const [subscription] = await listSubscriptions(store);
    const { text } = await roles(`unsubscribe ${subscription?.id}`);
    expect(text).toContain('Unsubscribed this channel from new roles matching “rust”.');
    expect(await listSubscriptions(store)).toEqual([]);
  });

  it('says what the channel does follow when nothing matches', async () => {
    await roles('subscribe rust');
    const { text } = await roles('unsubscribe python');
    expect(text).toMatch(/^This channel has no subscription to new roles matching “python”\./);
    expect(text).toContain('new roles matching “rust”');
  });

  it('only touches the channel it is used in', async () => {
    await roles('subscribe rust', { channel_id: 'C0OTHER' });
    await roles('unsubscribe rust');
    expect(await listSubscriptions(store, { channelId: 'C0OTHER' })).toHaveLength(1);
  });
});

describe('/roles subscriptions', () => {
  it('lists the channel’s subscriptions with ids and who added them', async () => {
    await roles('subscribe rust');
    await roles('subscribe');
    await roles('subscribe design', { channel_id: 'C0OTHER' });
    const { text } = await roles('subscriptions');
    expect(text).toContain('This channel’s digest (at 09:00, only on Monday (Europe/London)) follows:');
    expect(text).toMatch(/• `sub-[0-9a-f]{6}` new roles matching “rust”, added by <@U0ALICE> on 2026-11-25/);
    expect(text).toMatch(/• `sub-[0-9a-f]{6}` every new role/);
    expect(text).not.toContain('design');
  });

  it('explains how to subscribe when the channel has none', async () => {
    const { text } = await roles('subscriptions');
    expect(text).toBe(
      'This channel has no digest subscriptions. Add one with `/roles subscribe [words]`.\n' +
        'You have no personal alert; set one with `/roles alert <words>`.',
    );
  });

  it('says the digest channel gets every role', async () => {
    const { text } = await roles('subscriptions', { channel_id: 'C0DIGEST' });
    expect(text).toMatch(/^This is the digest channel: it gets every new role\./);
  });
});

describe('/roles digest', () => {
  it('privately previews the next digest for a subscribed channel, within Block Kit limits', async () => {
    await roles('subscribe machine learning');
    const { body, text } = await roles('digest');
    expect(text).toMatch(/^Preview · New roles · Week of 23 Nov 2026/);
    expect(String(body.text)).toMatch(/^Preview of the next digest: \d+ new roles this week/);
    expect(text).toContain('Machine Learning Engineer');
    expect(text).not.toContain('Senior iOS Engineer');
    expect(blockKitLimitProblems({ text: String(body.text), blocks: body.blocks as never })).toEqual([]);
    expect(harness.slack.calls('chat.postMessage')).toEqual([]);
    const state = await store.read();
    expect(state.digests).toEqual([]);
    expect(state.firstSeen).toEqual({});
  });

  it('previews every new role in the digest channel: posted this week, or undated and first seen now', async () => {
    const { text } = await roles('digest', { channel_id: 'C0DIGEST' });
    const weekAgo = new Date(NOW.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    const fresh = fixtureCatalog().postings.filter((p) => p.postedAt === null || p.postedAt >= weekAgo);
    const older = fixtureCatalog().postings.length - fresh.length;
    expect(text).toContain(`*${fresh.length} new role${fresh.length === 1 ? '' : 's'}*`);
    if (older > 0) expect(text).toContain(`and ${older} older role`);
  });

  it('says how to get a digest in a channel that has none', async () => {
    const { text } = await roles('digest');
    expect(text).toBe(MESSAGE_NO_DIGEST_HERE);
  });
});

describe('homeSubscriptions', () => {
  it('lists the subscriptions a person set up, for their Home tab', async () => {
    await roles('subscribe rust');
    await roles('subscribe design', { user_id: 'U0BOB' });
    const rows = await homeSubscriptions(store)(USER_ID);
    expect(rows).toEqual([{ id: expect.stringMatching(/^sub-/), channelId: CHANNEL_ID, query: 'rust' }]);
  });
});

describe('a digest store that breaks while the bot runs', () => {
  it('tells the person something went wrong and logs the store problem', async () => {
    const saved = await readFile(store.location, 'utf8');
    await writeFile(store.location, '{ broken', 'utf8');
    try {
      const { body } = await roles('subscriptions');
      expect(body.text).toBe(MESSAGE_SOMETHING_WENT_WRONG);
      const logged = harness.logLines().find((l) => l.msg === 'answering /roles failed');
      expect(JSON.stringify(logged)).toContain('DigestStoreCorruptError');
    } finally {
      await writeFile(store.location, saved, 'utf8');
    }
  });
});
