import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestStoreCorruptError, openDigestStore } from '../../src/storage/digest-store.ts';

const created = new Date('2026-11-16T09:00:00Z');
const later = new Date('2026-11-23T09:00:00Z');

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-store-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function open(moveAsideCorrupt = false) {
  return openDigestStore({ dataDir, now: () => created, moveAsideCorrupt });
}

function claim(channelId: string, runId = 'run-1') {
  return {
    runId,
    channelId,
    scheduledFor: later.toISOString(),
    postingIds: ['aaaa1111'],
    cutoff: later.toISOString(),
    attemptedAt: later.toISOString(),
  };
}

describe('openDigestStore', () => {
  it('creates an empty store stamped with its creation time', async () => {
    const { store, movedAside } = await open();
    const state = await store.read();
    expect(movedAside).toBeNull();
    expect(state.createdAt).toBe(created.toISOString());
    expect(state.subscriptions).toEqual([]);
    expect(store.location).toBe(join(dataDir, 'digest-state.json'));
  });

  it('keeps what an earlier process saved in the same folder', async () => {
    const first = await open();
    await first.store.recordFirstSeen(['aaaa1111'], created);
    const second = await openDigestStore({ dataDir, now: () => later });
    const state = await second.store.read();
    expect(state.firstSeen).toEqual({ aaaa1111: created.toISOString() });
    expect(state.createdAt).toBe(created.toISOString());
  });

  it('refuses a corrupt file, names it, says what to do and leaves it untouched', async () => {
    const path = join(dataDir, 'digest-state.json');
    await writeFile(path, '{"version": 1, "createdAt": ', 'utf8');
    const opening = open();
    await expect(opening).rejects.toBeInstanceOf(DigestStoreCorruptError);
    await expect(opening).rejects.toThrow(path);
    await expect(opening).rejects.toThrow(
      /Digests are paused.*repair the JSON by hand.*mv '.*' '.*\.corrupt-/,
    );
    expect(await readFile(path, 'utf8')).toBe('{"version": 1, "createdAt": ');
  });

  it('refuses a file whose fields are wrong, naming the field', async () => {
    await writeFile(join(dataDir, 'digest-state.json'), JSON.stringify({ version: 1, createdAt: 'monday' }));
    await expect(open()).rejects.toThrow(/at createdAt/);
  });

  it('moves a corrupt file aside and starts afresh only when the operator allows it', async () => {
    const path = join(dataDir, 'digest-state.json');
    await writeFile(path, 'not json', 'utf8');
    const { store, movedAside } = await open(true);
    expect(movedAside).toBe(`${path}.corrupt-2026-11-16T09-00-00-000Z`);
    expect(await readFile(movedAside!, 'utf8')).toBe('not json');
    expect((await store.read()).subscriptions).toEqual([]);
  });
});

describe('first-seen times', () => {
  it('records a posting once and never moves its first-seen time later', async () => {
    const { store } = await open();
    expect(await store.recordFirstSeen(['aaaa1111', 'bbbb2222'], created)).toBe(2);
    expect(await store.recordFirstSeen(['aaaa1111', 'cccc3333'], later)).toBe(1);
    expect((await store.read()).firstSeen).toEqual({
      aaaa1111: created.toISOString(),
      bbbb2222: created.toISOString(),
      cccc3333: later.toISOString(),
    });
  });
});

describe('subscriptions', () => {
  it('adds a subscription once per channel and query', async () => {
    const { store } = await open();
    const input = { channelId: 'C1', query: 'rust', createdBy: 'U1', createdAt: created.toISOString() };
    const first = await store.addSubscription(input);
    const again = await store.addSubscription({ ...input, createdBy: 'U2' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ subscription: first.subscription, created: false });
    expect((await store.read()).subscriptions).toHaveLength(1);
  });

  it('removes by id, by query ignoring case, or the no-query subscription, only in that channel', async () => {
    const { store } = await open();
    const base = { createdBy: 'U1', createdAt: created.toISOString() };
    const rust = await store.addSubscription({ ...base, channelId: 'C1', query: 'Rust' });
    await store.addSubscription({ ...base, channelId: 'C1', query: 'design' });
    await store.addSubscription({ ...base, channelId: 'C1', query: null });
    await store.addSubscription({ ...base, channelId: 'C2', query: 'design' });

    expect(await store.removeSubscriptions('C1', rust.subscription.id)).toEqual([rust.subscription]);
    expect((await store.removeSubscriptions('C1', 'DESIGN')).map((s) => s.channelId)).toEqual(['C1']);
    expect((await store.removeSubscriptions('C1', null)).map((s) => s.query)).toEqual([null]);
    expect(await store.removeSubscriptions('C1', 'nothing')).toEqual([]);
    expect((await store.read()).subscriptions.map((s) => s.channelId)).toEqual(['C2']);
  });
});

describe('sent digests', () => {
  it('lets only one claim win for a channel and scheduled time, even all at once', async () => {
    const { store } = await open();
    const results = await Promise.all([1, 2, 3].map((n) => store.claimDigest(claim('C1', `run-${n}`))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.read()).digests).toHaveLength(1);
  });

  it('lets only one of two stores sharing a folder claim the same digest', async () => {
    const a = await open();
    const b = await open();
    const results = await Promise.all([
      a.store.claimDigest(claim('C1', 'a')),
      b.store.claimDigest(claim('C1', 'b')),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('advances the channel after a sent digest, and not after a failed one', async () => {
    const { store } = await open();
    await store.claimDigest(claim('C1'));
    await store.finishDigest('C1', 'run-1', { status: 'sent', ts: '1700000000.000100', at: later });
    await store.claimDigest(claim('C2'));
    await store.finishDigest('C2', 'run-1', { status: 'failed', error: 'not_in_channel', at: later });
    const state = await store.read();
    expect(state.channels).toEqual({ C1: { lastDigestAt: later.toISOString() } });
    expect(state.digests.map((d) => [d.channelId, d.status, d.ts ?? d.error])).toEqual([
      ['C1', 'sent', '1700000000.000100'],
      ['C2', 'failed', 'not_in_channel'],
    ]);
  });

  it('allows a failed slot to be tried again but never a sent one', async () => {
    const { store } = await open();
    await store.claimDigest(claim('C1', 'first'));
    await store.finishDigest('C1', 'first', { status: 'failed', error: 'not_in_channel', at: later });
    expect(await store.claimDigest(claim('C1', 'second'))).toBe(true);
    await store.finishDigest('C1', 'second', { status: 'sent', ts: '1.2', at: later });
    expect(await store.claimDigest(claim('C1', 'third'))).toBe(false);
  });

  it('reports a store file corrupted while the bot runs instead of overwriting it', async () => {
    const { store } = await open();
    await writeFile(store.location, '[]', 'utf8');
    await expect(store.recordFirstSeen(['aaaa1111'], later)).rejects.toBeInstanceOf(DigestStoreCorruptError);
    expect(await readFile(store.location, 'utf8')).toBe('[]');
  });

  it('keeps its folder tidy: only the state file and claims', async () => {
    const { store } = await open();
    await store.recordRun({
      runId: 'r',
      scheduledFor: later.toISOString(),
      startedAt: later.toISOString(),
      finishedAt: later.toISOString(),
    });
    expect((await readdir(dataDir)).sort()).toEqual(['digest-claims', 'digest-state.json']);
  });
});
