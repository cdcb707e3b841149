import { describe, expect, it } from 'vitest';
import { channelMatcher } from '../../src/digest/channel-matcher.ts';
import { buildCatalog } from '../../src/search/catalog.ts';
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

describe('channelMatcher', () => {
  it('matches postings that any of the saved searches finds', () => {
    const matches = channelMatcher(catalog, ['rust', 'designer']);
    expect([rust, design].map(matches)).toEqual([true, true]);
  });

  it('matches only what the search finds', () => {
    const matches = channelMatcher(catalog, ['rust']);
    expect([rust, design].map(matches)).toEqual([true, false]);
  });

  it('matches nothing with no searches', () => {
    expect(channelMatcher(catalog, [])(rust)).toBe(false);
  });
});
