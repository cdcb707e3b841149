import { describe, expect, it } from 'vitest';
import { type PlaceContext, resolvePlace } from '../../src/places/resolve-place.ts';

type Where = [city: string | null, region: string | null, country: string | null];

const where = (text: string, context: PlaceContext = {}): Where | null => {
  const location = resolvePlace(text, context);
  return location === null ? null : [location.city, location.region, location.country];
};

describe('resolvePlace reads towns outside any top-100 list', () => {
  it.each<[string, Where]>([
    ['York, North Yorkshire', ['York', 'North Yorkshire', 'GB']],
    ['Dorking, Surrey', ['Dorking', 'Surrey', 'GB']],
    ['Derby', ['Derby', 'England', 'GB']],
    ['Petaling Jaya', ['Petaling Jaya', 'Selangor', 'MY']],
    ['Shah Alam, Selangor', ['Shah Alam', 'Selangor', 'MY']],
    ['Subang Jaya, Selangor, Malaysia', ['Subang Jaya', 'Selangor', 'MY']],
    ['Kalgoorlie, WA', ['Kalgoorlie', 'WA', 'AU']],
    ['Bielefeld', ['Bielefeld', 'North Rhine-Westphalia', 'DE']],
    ['Joliet, IL', ['Joliet', 'IL', 'US']],
    ['Little Snoring, Norfolk', ['Little Snoring', 'Norfolk', 'GB']],
    ['Sydney NSW', ['Sydney', 'NSW', 'AU']],
    ['Hamilton Central, Waikato', ['Hamilton', 'Waikato', 'NZ']],
  ])('%s', (text, expected) => {
    expect(where(text)).toEqual(expected);
  });
});

describe('districts resolve to the city a person would search', () => {
  it.each<[string, Where]>([
    ['Jurong East', ['Singapore', null, 'SG']],
    ['Tampines', ['Singapore', null, 'SG']],
    ['Raffles Place', ['Singapore', null, 'SG']],
    ['Woodlands', ['Singapore', null, 'SG']],
    ['Jakarta Selatan', ['Jakarta', 'Jakarta', 'ID']],
    ['Jakarta Barat, DKI Jakarta', ['Jakarta', 'Jakarta', 'ID']],
    ['Croydon', ['London', 'England', 'GB']],
    ['Shoreditch, London', ['London', 'England', 'GB']],
    ['Brooklyn, NY', ['New York', 'NY', 'US']],
    ['Manhattan', ['New York', 'NY', 'US']],
  ])('%s', (text, expected) => {
    expect(where(text)).toEqual(expected);
  });

  it('keeps a town of a district’s name when the region written beside it is elsewhere', () => {
    expect(where('Richmond, North Yorkshire')).toEqual(['Richmond', 'North Yorkshire', 'GB']);
    expect(where('Croydon, VIC')).toEqual(['Croydon', 'VIC', 'AU']);
  });
});

describe('aliases people write', () => {
  it.each<[string, Where]>([
    ['NYC', ['New York', 'NY', 'US']],
    ['SF', ['San Francisco', 'CA', 'US']],
    ['Bay Area', ['San Francisco', 'CA', 'US']],
    ['LA', ['Los Angeles', 'CA', 'US']],
    ['Washington, DC', ['Washington', 'DC', 'US']],
    ['KL', ['Kuala Lumpur', 'Kuala Lumpur', 'MY']],
    ['Bangalore', ['Bengaluru', 'Karnataka', 'IN']],
    ['Gurgaon', ['Gurugram', 'Haryana', 'IN']],
    ['Bombay', ['Mumbai', 'Maharashtra', 'IN']],
    ['München', ['Munich', 'Bavaria', 'DE']],
    ['Köln', ['Cologne', 'North Rhine-Westphalia', 'DE']],
    ['Greater London', ['London', 'England', 'GB']],
    ['London Area, United Kingdom', ['London', 'England', 'GB']],
    ['Greater Sydney', ['Sydney', 'NSW', 'AU']],
    ['UK', [null, null, 'GB']],
    ['United States', [null, null, 'US']],
    ['USA', [null, null, 'US']],
    ['EMEA', [null, 'EMEA', null]],
    ['APAC', [null, 'APAC', null]],
    ['LATAM', [null, 'Latin America', null]],
    ['DACH', [null, 'DACH', null]],
  ])('%s', (text, expected) => {
    expect(where(text)).toEqual(expected);
  });
});

describe('ambiguous names are decided by evidence', () => {
  it('reads Durham on a £ page as Durham, England, and without evidence as the larger Durham, NC', () => {
    expect(where('Durham', { currencyHint: '£' })).toEqual(['Durham', 'England', 'GB']);
    expect(where('Durham')).toEqual(['Durham', 'NC', 'US']);
  });

  it('reads Perth on a £ page as Perth, Scotland, and on an A$ page or with no evidence as Perth, WA', () => {
    expect(where('Perth', { currencyHint: '£' })).toEqual(['Perth', 'Scotland', 'GB']);
    expect(where('Perth', { currencyHint: 'A$' })).toEqual(['Perth', 'WA', 'AU']);
    expect(where('Perth')).toEqual(['Perth', 'WA', 'AU']);
  });

  it('uses the board’s country', () => {
    expect(where('Newcastle', { board: 'seek' })).toEqual(['Newcastle', 'NSW', 'AU']);
    expect(where('Newcastle', { board: 'reed' })).toEqual(['Newcastle', 'England', 'GB']);
  });

  it('uses the posting’s other places', () => {
    expect(where('Cambridge', { countryHints: ['US'] })).toEqual(['Cambridge', 'MA', 'US']);
    expect(where('Cambridge')).toEqual(['Cambridge', 'England', 'GB']);
  });

  it('lets a region or country written beside the name outweigh every hint', () => {
    expect(where('Perth, WA', { currencyHint: '£' })).toEqual(['Perth', 'WA', 'AU']);
    expect(where('Durham, NC', { currencyHint: '£' })).toEqual(['Durham', 'NC', 'US']);
    expect(where('Cambridge, MA')).toEqual(['Cambridge', 'MA', 'US']);
    expect(where('London, ON')).toEqual(['London', 'ON', 'CA']);
  });

  it('gives null when a stated region contradicts every town of the name', () => {
    expect(where('Perth, Texas, Japan')).toBeNull();
  });
});

describe('resolvePlace never reads a word as a place', () => {
  it.each(['', 'Remote', 'Home', 'Anywhere', 'Various locations', 'Senior Engineer', 'Narnia'])(
    '%j',
    (text) => {
      expect(resolvePlace(text)).toBeNull();
    },
  );
});
