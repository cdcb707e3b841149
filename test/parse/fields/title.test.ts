import { describe, expect, it } from 'vitest';
import { inferTitleFromProse, looksLikeTitle, splitTitleLine } from '../../../src/parse/fields/title.ts';

describe('looksLikeTitle', () => {
  it('accepts short lines that name a role', () => {
    expect(looksLikeTitle('Senior Machine Learning Engineer - Personalization')).toBe(true);
    expect(looksLikeTitle('Job title: Product Designer')).toBe(true);
  });

  it('rejects sentences, bullets and lines without a role', () => {
    expect(looksLikeTitle('We are looking for an engineer to join us.')).toBe(false);
    expect(looksLikeTitle('- Lead a team of engineers')).toBe(false);
    expect(looksLikeTitle('Spotify')).toBe(false);
  });
});

describe('splitTitleLine', () => {
  it('separates the title from what follows a dash or a bar', () => {
    expect(splitTitleLine('Machine Learning Engineering Manager - Personalization Spotify')).toEqual({
      title: 'Machine Learning Engineering Manager',
      suffixes: ['Personalization Spotify'],
      atCompany: null,
    });
    expect(splitTitleLine('Acme | Senior Engineer (Go)').title).toBe('Senior Engineer (Go)');
  });

  it('reads "Title at Company"', () => {
    expect(splitTitleLine('Staff Engineer at Northwind Ledger')).toEqual({
      title: 'Staff Engineer',
      suffixes: [],
      atCompany: 'Northwind Ledger',
    });
  });

  it('keeps hyphenated words inside the title', () => {
    expect(splitTitleLine('Full-Stack Engineer').title).toBe('Full-Stack Engineer');
  });
});

describe('inferTitleFromProse', () => {
  it('finds the role a sentence names ("This ML Manager will focus on…")', () => {
    expect(
      inferTitleFromProse('Generative AI is changing things. This ML Manager will focus on serving.'),
    ).toBe('ML Manager');
  });

  it('finds "we are looking for a …"', () => {
    expect(
      inferTitleFromProse('We are now looking for a Machine Learning Engineering Manager to lead this team.'),
    ).toBe('Machine Learning Engineering Manager');
  });

  it('prefers the earliest mention', () => {
    expect(
      inferTitleFromProse('We are hiring a Staff Data Engineer to lead. As a Data Engineer, you will build.'),
    ).toBe('Staff Data Engineer');
  });

  it('gives null when the prose names no role', () => {
    expect(inferTitleFromProse('The Personalization team makes listening easier.')).toBeNull();
  });
});
