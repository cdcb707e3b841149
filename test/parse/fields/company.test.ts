import { describe, expect, it } from 'vitest';
import { dominantName, teamFromProse } from '../../../src/parse/fields/company.ts';

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
