import { describe, expect, it } from 'vitest';
import {
  boardOfText,
  currencyHintOf,
  hostCountriesOf,
  placeContextOf,
} from '../../src/places/place-context.ts';

describe('the evidence a page gives about its country', () => {
  it('reads the currency its figures are written in most often', () => {
    expect(currencyHintOf('Salary: £28,000 - £32,000 per annum')).toBe('£');
    expect(currencyHintOf('RM 4,500 - RM 6,000 per month')).toBe('RM');
    expect(currencyHintOf('S$6,000 – S$8,000 monthly')).toBe('S$');
    expect(currencyHintOf('₹ 12,00,000 - 18,00,000 P.A.')).toBe('₹');
    expect(currencyHintOf('45.000 € brutto')).toBe('€');
    expect(currencyHintOf('We are a team of 40 people.')).toBeNull();
  });

  it('reads the board from a line of its own name, not from the word in a sentence', () => {
    expect(boardOfText('Skip to content\nSEEK\nJob search')).toBe('seek');
    expect(boardOfText('© CV-Library Ltd.\nCV-Library')).toBe('cv-library');
    expect(boardOfText('We seek a curious engineer who likes to read.')).toBeNull();
  });

  it('reads countries from the domains the page links to', () => {
    expect(hostCountriesOf('Apply at https://www.reed.co.uk/jobs/123 or https://example.com')).toEqual([
      'GB',
    ]);
    expect(placeContextOf('https://www.jobstreet.com.my/job/1\nRM 3,000').countryHints).toEqual(['MY']);
  });
});
