import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/parse/clean/normalise-text.ts';
import { readPostingText } from '../../../src/parse/read-posting-text.ts';
import { cleanCompanyName } from '../../../src/parse/segment/posting-header.ts';

const SAVED = new Date('2026-11-20T12:00:00Z');
const read = (text: string) => readPostingText(normaliseText(text), { modifiedAt: SAVED });

describe('the header lines of a posting', () => {
  it('reads "Title - Team | Company": a dash introduces the team, a bar the company', () => {
    expect(read('Staff Engineer - Payments | Stripe\n\nYou will build the ledger.')).toMatchObject({
      title: 'Staff Engineer',
      team: 'Payments',
      company: 'Stripe',
    });
  });

  it('reads a fact row that leads with the company ("Acme | Senior Engineer (Go) | REMOTE (US) | Full-time")', () => {
    expect(
      read(
        'Tidewell | Senior Backend Engineer (Go) | REMOTE (US) | Full-time\n\nWe build dispatch software.',
      ),
    ).toMatchObject({
      title: 'Senior Backend Engineer (Go)',
      company: 'Tidewell',
      workplace: 'remote',
      employmentType: 'full-time',
      seniority: 'senior',
    });
  });

  it('takes a short capitalised first line as the title when it names no known role', () => {
    expect(read("Barista\nJoe's Coffee\n\nMake great coffee for our guests every morning.")).toMatchObject({
      title: 'Barista',
      company: "Joe's Coffee",
    });
  });

  it('skips a department beside the company and a figure-laden suffix beside the title', () => {
    const reading = read(
      'Software Engineering Intern - Summer 2027\nAcme Games\nEngineering\n\nAcme Games makes games.',
    );
    expect(reading).toMatchObject({
      title: 'Software Engineering Intern',
      company: 'Acme Games',
      team: null,
    });
    expect(reading.seniority).toBe('intern');
  });

  it('reads the team from a Lever label row', () => {
    expect(
      read(
        'Kestrel Mobility\nSenior Data Engineer\nLondon / Full-time / Data Platform / Hybrid\n\nWe run e-bikes.',
      ),
    ).toMatchObject({
      company: 'Kestrel Mobility',
      team: 'Data Platform',
      workplace: 'hybrid',
      employmentType: 'full-time',
    });
  });
});

describe('cleanCompanyName', () => {
  it('takes the company out of a careers-page label', () => {
    expect(cleanCompanyName('Maplestone Software - Careers')).toBe('Maplestone Software');
    expect(cleanCompanyName('Careers at Sarvam Retail Tech')).toBe('Sarvam Retail Tech');
    expect(cleanCompanyName('About Tulpware')).toBe('Tulpware');
    expect(cleanCompanyName('Spotify')).toBe('Spotify');
  });
});
