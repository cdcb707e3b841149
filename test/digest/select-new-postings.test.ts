import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectNewPostings } from '../../src/digest/select-new-postings.ts';
import { makePosting } from './make-posting.ts';

const lastDigest = new Date('2026-11-16T09:00:00Z');
const now = new Date('2026-11-23T09:00:00Z');

const old = makePosting({ id: 'old00001', title: 'Old role' });
const fresh = makePosting({ id: 'new00001', title: 'Data Engineer' });
const fresher = makePosting({ id: 'new00002', title: 'Designer', company: 'Globex' });

const firstSeen = new Map([
  ['old00001', '2026-11-10T12:00:00.000Z'],
  ['new00001', '2026-11-18T12:00:00.000Z'],
  ['new00002', '2026-11-20T12:00:00.000Z'],
]);

describe('selectNewPostings', () => {
  it('picks roles first seen after the previous digest, newest first', () => {
    const selected = selectNewPostings({
      postings: [old, fresh, fresher],
      firstSeen,
      since: lastDigest,
      now,
    });
    expect(selected.map((p) => p.id)).toEqual(['new00002', 'new00001']);
  });

  it('does not count a role seen exactly at the previous digest, which that digest already covered', () => {
    const seen = new Map([['new00001', lastDigest.toISOString()]]);
    expect(selectNewPostings({ postings: [fresh], firstSeen: seen, since: lastDigest, now })).toEqual([]);
  });

  it('keeps a re-saved or re-parsed role old, because first-seen follows its stable id', () => {
    const resaved = {
      ...old,
      source: { path: 'moved/elsewhere.html' },
      sources: [{ path: 'moved/elsewhere.html' }],
    };
    expect(selectNewPostings({ postings: [resaved], firstSeen, since: lastDigest, now })).toEqual([]);
  });

  it('counts a posting listed twice (two boards) once', () => {
    const selected = selectNewPostings({ postings: [fresh, fresh], firstSeen, since: lastDigest, now });
    expect(selected).toHaveLength(1);
  });

  it('ignores roles with no first-seen record and roles seen after now', () => {
    const future = makePosting({ id: 'future01' });
    const seen = new Map([['future01', '2026-11-24T00:00:00.000Z']]);
    const selected = selectNewPostings({
      postings: [future, makePosting({ id: 'unseen01' })],
      firstSeen: seen,
      since: null,
      now,
    });
    expect(selected).toEqual([]);
  });

  it('looks back one week for a channel that never had a digest', () => {
    const selected = selectNewPostings({ postings: [old, fresh, fresher], firstSeen, since: null, now });
    expect(selected.map((p) => p.id)).toEqual(['new00002', 'new00001']);
  });

  it('keeps only roles the channel subscribed to', () => {
    const selected = selectNewPostings({
      postings: [old, fresh, fresher],
      firstSeen,
      since: lastDigest,
      now,
      matches: (p) => p.company === 'Globex',
    });
    expect(selected.map((p) => p.id)).toEqual(['new00002']);
  });

  it('never tells a channel about the same role in two consecutive digests', () => {
    const ids = ['a0000001', 'a0000002', 'a0000003', 'a0000004', 'a0000005'];
    const postings = ids.map((id) => makePosting({ id }));
    const start = Date.parse('2026-11-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * 24 * 60 }), { minLength: ids.length, maxLength: ids.length }),
        fc.uniqueArray(fc.integer({ min: 1, max: 30 * 24 * 60 }), { minLength: 1, maxLength: 6 }),
        (seenMinutes, digestMinutes) => {
          const seen = new Map(
            ids.map((id, i) => [id, new Date(start + seenMinutes[i]! * 60_000).toISOString()]),
          );
          const told = new Set<string>();
          let since: Date | null = new Date(start - 1);
          for (const minute of [...digestMinutes].sort((a, b) => a - b)) {
            const at = new Date(start + minute * 60_000);
            for (const p of selectNewPostings({ postings, firstSeen: seen, since, now: at })) {
              expect(told.has(p.id)).toBe(false);
              told.add(p.id);
            }
            since = at;
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
