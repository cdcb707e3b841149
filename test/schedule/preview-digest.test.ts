import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewDigest } from '../../src/schedule/preview-digest.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { type DigestStore, openDigestStore } from '../../src/storage/digest-store.ts';
import { makePosting } from '../digest/make-posting.ts';

const now = new Date('2026-11-25T12:00:00Z');
const rust = makePosting({ id: 'rust0001', title: 'Rust Backend Engineer', company: 'Acme' });
const design = makePosting({ id: 'desi0001', title: 'Product Designer', company: 'Globex' });
const catalog = buildCatalog([rust, design]);

let dataDir: string;
let store: DigestStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roles-digest-preview-'));
  store = (await openDigestStore({ dataDir, now: () => new Date('2026-11-01T00:00:00Z') })).store;
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('previewDigest', () => {
  it('shows every new role when no channel would get a digest', async () => {
    const [preview, ...rest] = await previewDigest({ store, catalog, now });
    expect(rest).toEqual([]);
    expect(preview?.channelId).toBeNull();
    expect(preview?.postings.map((p) => p.id).sort()).toEqual(['desi0001', 'rust0001']);
    expect(preview?.message?.text).toMatch(/^2 new roles this week/);
  });

  it('shows each subscribed channel what its searches would bring', async () => {
    await store.addSubscription({
      channelId: 'CRUST',
      query: 'rust',
      createdBy: 'U1',
      createdAt: now.toISOString(),
    });
    const previews = await previewDigest({ store, catalog, now, channels: ['CJOBS'] });
    expect(previews.map((p) => [p.channelId, p.postings.map((x) => x.id)])).toEqual([
      ['CJOBS', ['desi0001', 'rust0001']],
      ['CRUST', ['rust0001']],
    ]);
  });

  it('counts from the channel’s last digest, or from a date given', async () => {
    await store.recordFirstSeen(['rust0001'], new Date('2026-11-10T00:00:00Z'));
    await store.claimDigest({
      runId: 'r',
      channelId: 'CJOBS',
      scheduledFor: '2026-11-16T09:00:00.000Z',
      postingIds: ['rust0001'],
      cutoff: '2026-11-16T09:00:00.000Z',
      attemptedAt: '2026-11-16T09:00:00.000Z',
    });
    await store.finishDigest('CJOBS', 'r', {
      status: 'sent',
      ts: '1.1',
      at: new Date('2026-11-16T09:00:00Z'),
    });
    const [next] = await previewDigest({ store, catalog, now, channelId: 'CJOBS' });
    expect(next?.postings.map((p) => p.id)).toEqual(['desi0001']);
    const [fromDate] = await previewDigest({
      store,
      catalog,
      now,
      channelId: 'CJOBS',
      since: new Date('2026-11-01T00:00:00Z'),
    });
    expect(fromDate?.postings.map((p) => p.id)).toEqual(['desi0001', 'rust0001']);
  });

  it('records nothing', async () => {
    const before = await readFile(store.location, 'utf8');
    await previewDigest({ store, catalog, now, channels: ['CJOBS'] });
    expect(await readFile(store.location, 'utf8')).toBe(before);
  });

  it('has no message for a channel with nothing new, unless empty digests are posted', async () => {
    const empty = buildCatalog([]);
    const [skip] = await previewDigest({ store, catalog: empty, now, channelId: 'CJOBS' });
    expect(skip?.message).toBeNull();
    const [post] = await previewDigest({
      store,
      catalog: empty,
      now,
      channelId: 'CJOBS',
      emptyPolicy: 'post',
    });
    expect(post?.message?.text).toMatch(/^No new roles this week/);
  });
});
