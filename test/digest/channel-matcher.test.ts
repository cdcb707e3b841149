import { describe, expect, it } from 'vitest';
import { channelMatcher, currentMatches } from '../../src/digest/channel-matcher.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
import { matchesLine } from '../../src/slack/commands/digest-subscribe.ts';
import { seedCatalog } from '../fixtures/catalog/seed-catalog.ts';
import { makePosting } from './make-posting.ts';

const rust = makePosting({
  id: 'rust0001',
  title: 'Rust Backend Engineer',
  company: 'Acme',
  skills: ['rust'],
});
const design = makePosting({
  id: 'desi0001',
  title: 'Product Designer',
  company: 'Globex',
  skills: ['figma'],
});
const catalog = buildCatalog([rust, design]);
const NOW = new Date('2026-11-25T10:00:00Z');

describe('channelMatcher', () => {
  it('matches postings that any of the saved searches finds', () => {
    const matches = channelMatcher(catalog, ['rust', 'designer'], NOW);
    expect([rust, design].map(matches)).toEqual([true, true]);
  });

  it('matches only what the search finds', () => {
    const matches = channelMatcher(catalog, ['rust'], NOW);
    expect([rust, design].map(matches)).toEqual([true, false]);
  });

  it('matches nothing with no searches', () => {
    expect(channelMatcher(catalog, [], NOW)(rust)).toBe(false);
  });

  it('gives a channel subscribed to "ml manager" only the ML manager roles of the seeds', () => {
    const seeds = seedCatalog();
    const digest = seeds.postings.filter(channelMatcher(seeds, ['ml manager'], NOW));
    expect(digest.map((posting) => posting.title).sort()).toEqual([
      'ML Manager',
      'Machine Learning Engineering Manager',
      'Machine Learning Engineering Manager',
    ]);
    expect(digest.every((posting) => /manager/i.test(posting.title))).toBe(true);
  });

  it('keeps roles that match only part of a saved search out of the digest', () => {
    const seeds = seedCatalog();
    // Every seed is an ML role and none is in London except one engineer: no manager is.
    expect(seeds.postings.filter(channelMatcher(seeds, ['ml manager london'], NOW))).toEqual([]);
    expect(seeds.postings.filter(channelMatcher(seeds, ['remote designer'], NOW))).toEqual([]);
  });
});

describe('the subscribe confirmation', () => {
  it('counts real matches and names up to three', () => {
    const line = matchesLine(currentMatches(seedCatalog(), 'ml manager', NOW));
    expect(line).toMatch(/^3 current roles match \(/);
    expect(line).toContain('ML Manager at Spotify');
    expect(matchesLine(currentMatches(seedCatalog(), 'senior ml engineer london', NOW))).toBe(
      '1 current role matches (Senior Machine Learning Engineer at Spotify); the digest brings only new ones.',
    );
    expect(matchesLine([])).toBe('No current role matches; you will hear when one appears.');
  });
});
