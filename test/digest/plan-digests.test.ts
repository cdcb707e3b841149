import { describe, expect, it } from 'vitest';
import { channelSince, planDigests } from '../../src/digest/plan-digests.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import type { DigestState } from '../../src/storage/digest-store.ts';
import { makePosting } from './make-posting.ts';

const now = new Date('2026-11-23T09:00:00Z');
const rust = makePosting({ id: 'rust0001', title: 'Rust Backend Engineer', company: 'Acme' });
const design = makePosting({ id: 'desi0001', title: 'Product Designer', company: 'Globex' });
const catalog = buildCatalog([rust, design]);

function state(overrides: Partial<DigestState> = {}): DigestState {
  return {
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    firstSeen: { rust0001: '2026-11-20T00:00:00.000Z', desi0001: '2026-11-21T00:00:00.000Z' },
    subscriptions: [],
    channels: {},
    digests: [],
    runs: [],
    ...overrides,
  };
}

const sub = (channelId: string, query: string | null) => ({
  id: `sub-${channelId}-${query}`,
  channelId,
  query,
  createdBy: 'U1',
  createdAt: '2026-11-01T00:00:00.000Z',
});

function summary(plans: ReturnType<typeof planDigests>) {
  return plans.map((p) => [p.channelId, p.queries, p.postings.map((x) => x.id)]);
}

describe('planDigests', () => {
  it('plans the digest channel and every subscribed channel once each', () => {
    const plans = planDigests({
      state: state({ subscriptions: [sub('CRUST', 'rust'), sub('CRUST', 'golang'), sub('CJOBS', 'rust')] }),
      catalog,
      channels: ['CJOBS'],
      now,
    });
    expect(summary(plans)).toEqual([
      ['CJOBS', [], ['desi0001', 'rust0001']],
      ['CRUST', ['rust', 'golang'], ['rust0001']],
    ]);
  });

  it('gives every role to a channel with one subscription without a query', () => {
    const plans = planDigests({
      state: state({ subscriptions: [sub('C1', 'rust'), sub('C1', null)] }),
      catalog,
      channels: [],
      now,
    });
    expect(summary(plans)).toEqual([['C1', [], ['desi0001', 'rust0001']]]);
  });

  it('plans nothing when no channel wants a digest', () => {
    expect(planDigests({ state: state(), catalog, channels: [], now })).toEqual([]);
  });

  it('counts roles not recorded yet as first seen at the time given, for previews', () => {
    const plans = planDigests({
      state: state({ firstSeen: {} }),
      catalog,
      channels: ['C1'],
      now,
      unseenAt: now,
    });
    expect(summary(plans)).toEqual([['C1', [], ['desi0001', 'rust0001']]]);
    expect(
      planDigests({ state: state({ firstSeen: {} }), catalog, channels: ['C1'], now })[0]?.postings,
    ).toEqual([]);
  });
});

describe('channelSince', () => {
  it('is the last digest time when there is one', () => {
    const s = state({ channels: { C1: { lastDigestAt: '2026-11-16T09:00:00.000Z' } } });
    expect(channelSince(s, 'C1', now)).toEqual(new Date('2026-11-16T09:00:00.000Z'));
  });

  it('is null for a channel that never had a digest', () => {
    expect(channelSince(state(), 'C1', now)).toBeNull();
  });

  it('reaches back to the window of an earlier failed attempt, so its roles are not lost', () => {
    const failed = {
      runId: 'r',
      channelId: 'C1',
      scheduledFor: '2026-11-09T09:00:00.000Z',
      status: 'failed' as const,
      postingIds: [],
      windowStart: '2026-11-02T09:00:00.000Z',
      cutoff: '2026-11-09T09:00:00.000Z',
      attemptedAt: '2026-11-09T09:00:00.000Z',
    };
    expect(channelSince(state({ digests: [failed] }), 'C1', now)).toEqual(
      new Date('2026-11-02T09:00:00.000Z'),
    );
  });
});
