import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDigestMessage } from '../../../../src/digest/build-digest-message.ts';
import { ACTION_IDS } from '../../../../src/slack/action-ids.ts';
import { type DigestStore, openDigestStore } from '../../../../src/storage/digest-store.ts';
import { fixtureCatalog } from '../../../fixtures/catalog/fixture-catalog.ts';
import { blockAction, CHANNEL_ID, toInteractiveForm, USER_ID } from '../../../support/slack-payloads.ts';
import { buttons, type HttpHarness, NOW, startHttpHarness, visibleText } from '../../harness.ts';

let harness: HttpHarness;
let store: DigestStore;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-buttons-'));
  store = (await openDigestStore({ dataDir, now: () => NOW })).store;
  harness = await startHttpHarness({ unsubscribe: (target) => store.removeAllSubscriptions(target) });
});
beforeEach(async () => {
  harness.slack.reset();
  for (const s of (await store.read()).subscriptions) await store.removeSubscriptions(s.channelId, s.id);
});
afterAll(async () => {
  await harness.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function click(actionId: string, value: string, channelId = CHANNEL_ID) {
  const url = harness.slack.responseUrl();
  const body = blockAction({ actionId, value, responseUrl: url, ephemeral: false, channelId });
  const response = await harness.post(toInteractiveForm(body));
  return { response, posts: harness.slack.responses(url.split('/').pop()) };
}

function replyText(posts: readonly { body: unknown }[]): string {
  return String((posts[0]?.body as { text?: string } | undefined)?.text);
}

async function subscribe(channelId: string, query: string | null, personal = false) {
  await store.addSubscription({
    channelId,
    query,
    createdBy: USER_ID,
    createdAt: NOW.toISOString(),
    ...(personal ? { personal: true } : {}),
  });
}

describe('a digest’s Unsubscribe button, clicked as Slack sends it', () => {
  it('removes every saved search of the channel the digest was posted in, and says so there', async () => {
    await subscribe(CHANNEL_ID, 'engineer');
    await subscribe(CHANNEL_ID, 'designer remote');
    await subscribe('C0OTHER', 'rust');
    const { response, posts } = await click(ACTION_IDS.unsubscribe, CHANNEL_ID);
    expect(response.status).toBe(200);
    const left = (await store.read()).subscriptions;
    expect(left.map((s) => s.channelId)).toEqual(['C0OTHER']);
    expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(replyText(posts)).toContain('unsubscribed this channel');
    expect(replyText(posts)).toContain('“designer remote”');
  });

  it('refuses a value naming another channel, and removes nothing', async () => {
    await subscribe('C0OTHER', 'rust');
    const { posts } = await click(ACTION_IDS.unsubscribe, 'C0OTHER');
    expect((await store.read()).subscriptions).toHaveLength(1);
    expect(replyText(posts)).toContain('use it in that channel');
  });

  it('stops a person’s own alert from their DM digest', async () => {
    await subscribe(USER_ID, 'ml manager', true);
    const { posts } = await click(ACTION_IDS.unsubscribe, USER_ID, 'D0ALICE');
    expect((await store.read()).subscriptions).toEqual([]);
    expect(replyText(posts)).toContain('Stopped your personal alert');
  });
});

describe('a digest’s "+N more" button, clicked as Slack sends it', () => {
  it('shows the company’s other roles privately, as cards with Details', async () => {
    const catalog = fixtureCatalog();
    // A digest of seven roles at one company: five listed, the button carries the other two.
    const seven = catalog.postings.slice(0, 7).map((p) => ({ ...p, company: 'Hooli' }));
    const message = buildDigestMessage({ postings: seven, now: NOW, timeZone: 'UTC' })!;
    const more = buttons(message.blocks).find((b) => b.actionId === ACTION_IDS.digestMore)!;
    expect(more.text).toBe('Show 2 more');
    const { response, posts } = await click(ACTION_IDS.digestMore, more.value);
    expect(response.status).toBe(200);
    const reply = posts[0]?.body as { blocks?: unknown; response_type?: string };
    expect(reply.response_type).toBe('ephemeral');
    const hidden = more.value.split(',');
    expect(hidden).toHaveLength(2);
    for (const id of hidden) {
      expect(buttons(reply.blocks).some((b) => b.actionId === ACTION_IDS.showDetails && b.value === id)).toBe(
        true,
      );
      expect(visibleText(reply.blocks)).toContain(catalog.byId.get(id)!.title);
    }
  });

  it('says the roles are gone when none is in the catalog any more', async () => {
    const { posts } = await click(ACTION_IDS.digestMore, 'zzzzzzzz,yyyyyyyy');
    expect(replyText(posts)).toMatch(/no longer|gone|removed/i);
  });
});
