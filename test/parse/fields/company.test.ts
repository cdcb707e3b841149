import { describe, expect, it } from 'vitest';
import {
  atsAccountCandidates,
  COMPANY_THRESHOLD,
  COMPANY_WEIGHTS,
  chooseCompany,
  copyrightName,
  dominantName,
  teamFromProse,
} from '../../../src/parse/fields/company.ts';

describe('dominantName', () => {
  it('finds the employer the prose keeps returning to', () => {
    expect(
      dominantName(
        "From Blend to Discover Weekly, some of Spotify's most-loved features. How Spotify's surfaces work.",
      ),
    ).toBe('Spotify');
    expect(
      dominantName('Northwind Ledger builds ledgers. Northwind Ledger is an equal opportunity employer.'),
    ).toBe('Northwind Ledger');
  });

  it('needs two mentions and ignores pronouns and sentence starts', () => {
    expect(dominantName('At Acme we build things.')).toBeNull();
    expect(dominantName('We are hiring. We are growing. Our team is great.')).toBeNull();
  });
});

describe('teamFromProse', () => {
  it('reads "The Personalization team …"', () => {
    expect(teamFromProse('The Personalization team makes deciding what to play next easier.')).toBe(
      'Personalization',
    );
    expect(teamFromProse('The Personalization (PZN) team is at the heart of Spotify.')).toBe(
      'Personalization',
    );
    expect(teamFromProse('You will join the Ledger Core group.')).toBe('Ledger Core');
  });

  it('ignores a team named only by a generic word', () => {
    expect(teamFromProse('The team works closely with design.')).toBeNull();
  });
});

describe('chooseCompany', () => {
  const context = { body: 'We make sensors for farms.', isPlace: (name: string) => name === 'Leeds' };

  it('takes a candidate whose evidence reaches the threshold and abstains below it', () => {
    expect(chooseCompany([{ name: 'Acme', source: 'label', evidence: 'Company: Acme' }], context)?.name).toBe(
      'Acme',
    );
    expect(chooseCompany([{ name: 'Acme', source: 'headerLine', evidence: 'Acme' }], context)).toBeNull();
    expect(COMPANY_WEIGHTS.headerLine.weight).toBeLessThan(COMPANY_THRESHOLD);
  });

  it('pools sightings of one name, legal form and case aside, and keeps the strongest spelling', () => {
    const choice = chooseCompany(
      [
        { name: 'Acme Ltd', source: 'besideTitle', evidence: 'Acme Ltd' },
        { name: 'Acme', source: 'prose', evidence: 'At Acme' },
      ],
      context,
    );
    expect(choice?.name).toBe('Acme Ltd');
    expect(choice?.evidence).toHaveLength(2);
  });

  it('abstains when two different names are equally supported', () => {
    expect(
      chooseCompany(
        [
          { name: 'Acme', source: 'besideTitle', evidence: 'Acme' },
          { name: 'Brightwater', source: 'besideTitle', evidence: 'Brightwater' },
        ],
        context,
      ),
    ).toBeNull();
  });

  it('never chooses chrome, a place in the header, a bare legal form or a board', () => {
    for (const name of [
      'Find jobs',
      'Next Job >',
      'Leeds',
      'LP',
      'SEEK',
      'Workday, Inc',
      'Company reviews',
    ]) {
      expect(chooseCompany([{ name, source: 'besideTitle', evidence: name }], context)).toBeNull();
    }
  });

  it('gives an agency ad no company unless a label names one', () => {
    const agency = { ...context, body: 'Our client, a leading retailer, is hiring.' };
    expect(chooseCompany([{ name: 'Hays', source: 'topCard', evidence: 'Hays' }], agency)).toBeNull();
    expect(
      chooseCompany([{ name: 'Tesco', source: 'label', evidence: 'Company: Tesco' }], agency)?.name,
    ).toBe('Tesco');
  });
});

describe('copyrightName', () => {
  it('reads the owner from a footer line', () => {
    expect(copyrightName(['© 2026 Kauri Ridge Refrigeration Limited. All rights reserved.'])).toBe(
      'Kauri Ridge Refrigeration Limited',
    );
    expect(copyrightName(['Follow us'])).toBeNull();
  });
});

describe('atsAccountCandidates', () => {
  it("reads the employer's account from Workday, Lever and Greenhouse addresses", () => {
    const names = atsAccountCandidates(
      'https://badgerstate.wd1.myworkdayjobs.com/en-US/BadgerStateMutual_Careers/job/Madison-WI/REQ-11472\nhttps://jobs.lever.co/harbour-cloud/4b1e\nboards.greenhouse.io/pellucid/jobs/77',
    ).map((candidate) => candidate.name);
    expect(names).toEqual(['Badger State Mutual', 'Badgerstate', 'Harbour Cloud', 'Pellucid']);
  });

  it('ignores a Workday site path that holds only site words ("External")', () => {
    const names = atsAccountCandidates('https://acme.wd5.myworkdayjobs.com/External/job/x').map(
      (c) => c.name,
    );
    expect(names).toEqual(['Acme']);
  });

  it('backs a name printed once, without deciding alone', () => {
    const context = { body: 'You will reconcile ledgers at Badger State Mutual.', isPlace: () => false };
    const once = [
      { name: 'Badger State Mutual', source: 'headerLine' as const, evidence: 'Badger State Mutual' },
      { name: 'Badger State Mutual', source: 'prose' as const, evidence: 'at Badger State Mutual' },
    ];
    const account = atsAccountCandidates('https://bsm.wd1.myworkdayjobs.com/BadgerStateMutual_Careers');
    expect(chooseCompany(once, context)).toBeNull();
    expect(chooseCompany([...once, ...account], context)?.name).toBe('Badger State Mutual');
    expect(chooseCompany(account, context)).toBeNull();
  });
});
