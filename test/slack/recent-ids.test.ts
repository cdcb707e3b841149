import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecentIds } from '../../src/slack/recent-ids.ts';

describe('createRecentIds', () => {
  it('reports an id as seen the second time within the TTL', () => {
    const recent = createRecentIds({ capacity: 10, ttlMs: 1_000 });
    expect(recent.seen('Ev1', 0)).toBe(false);
    expect(recent.seen('Ev1', 999)).toBe(true);
  });

  it('forgets an id once its TTL has passed', () => {
    const recent = createRecentIds({ capacity: 10, ttlMs: 1_000 });
    recent.seen('Ev1', 0);
    expect(recent.seen('Ev1', 1_000)).toBe(false);
  });

  it('forgets the oldest id first when full', () => {
    const recent = createRecentIds({ capacity: 2, ttlMs: 60_000 });
    recent.seen('a', 0);
    recent.seen('b', 1);
    recent.seen('c', 2);
    expect(recent.seen('b', 3)).toBe(true);
    expect(recent.seen('a', 4)).toBe(false);
  });

  it('never holds more ids than its capacity, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.nat(100)), { maxLength: 200 }),
        (arrivals) => {
          const recent = createRecentIds({ capacity: 5, ttlMs: 50 });
          let clock = 0;
          for (const [id, step] of arrivals) {
            clock += step;
            recent.seen(id, clock);
            if (recent.size > 5) return false;
          }
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });
});
