import { describe, expect, it } from 'vitest';
import { planDigests } from '../../src/digest/plan-digests.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { makePosting } from './make-posting.ts';

describe('planDigests and the clock', () => {
  it('reads a saved search with a date in it at the digest time, not the wall clock', () => {
    // "this month" at a digest run in March 2025 is March 2025, whatever day the test runs on.
    const now = new Date('2025-03-05T09:00:00Z');
    const march = makePosting({ id: 'rust0001', title: 'Rust Engineer', postedAt: '2025-03-02' });
    const february = makePosting({ id: 'rust0002', title: 'Rust Engineer', postedAt: '2025-02-27' });
    const plans = planDigests({
      state: {
        firstSeen: { rust0001: '2025-03-03T00:00:00.000Z', rust0002: '2025-03-03T00:00:00.000Z' },
        subscriptions: [
          {
            id: 'sub-1',
            channelId: 'CRUST',
            query: 'rust posted this month',
            createdBy: 'U1',
            createdAt: '2025-03-01T00:00:00.000Z',
          },
        ],
        channels: {},
        digests: [],
      },
      catalog: buildCatalog([march, february]),
      channels: [],
      now,
    });
    expect(plans.map((plan) => plan.postings.map((posting) => posting.id))).toEqual([['rust0001']]);
  });
});
