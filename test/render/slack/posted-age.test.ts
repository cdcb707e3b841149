import { describe, expect, it } from 'vitest';
import { formatDay, formatPostedAge } from '../../../src/render/slack/posted-age.ts';

const now = new Date('2026-11-25T09:30:00Z');

describe('formatPostedAge', () => {
  it('says today, yesterday and days ago for recent postings', () => {
    expect(formatPostedAge('2026-11-25', now)).toBe('posted today');
    expect(formatPostedAge('2026-11-24', now)).toBe('posted yesterday');
    expect(formatPostedAge('2026-11-19', now)).toBe('posted 6 days ago');
  });

  it('counts weeks for postings a few weeks old', () => {
    expect(formatPostedAge('2026-11-04', now)).toBe('posted 3 weeks ago');
  });

  it('gives the date for old and future-dated postings', () => {
    expect(formatPostedAge('2025-03-03', now)).toBe('posted Mar 3, 2025');
    expect(formatPostedAge('2026-12-01', now)).toBe('posted Dec 1, 2026');
  });

  it('says nothing when the posting has no date', () => {
    expect(formatPostedAge(null, now)).toBeNull();
  });

  it('counts calendar days, so late evening does not shift the answer', () => {
    expect(formatPostedAge('2026-11-24', new Date('2026-11-25T23:59:00Z'))).toBe('posted yesterday');
  });
});

describe('formatDay', () => {
  it('writes an ISO date the way people read it', () => {
    expect(formatDay('2026-01-05')).toBe('Jan 5, 2026');
  });
});
