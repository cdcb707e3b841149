import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Location } from '../../src/model/posting.ts';
import { findStatedLocations, parseLocationPhrase } from '../../src/places/locations.ts';
import { seedText } from '../support/seed-text.ts';

type Where = [city: string | null, region: string | null, country: string | null];

const where = (locations: Location[]): Where[] => locations.map((l) => [l.city, l.region, l.country]);

describe('parseLocationPhrase', () => {
  it.each<[string, Where[]]>([
    ['New York, NY', [['New York', 'NY', 'US']]],
    ['New York, NY, USA', [['New York', 'NY', 'US']]],
    ['New York, NY 10001', [['New York', 'NY', 'US']]],
    ['NYC', [['New York', 'NY', 'US']]],
    ['San Francisco, CA', [['San Francisco', 'CA', 'US']]],
    ['Seattle, Washington', [['Seattle', 'WA', 'US']]],
    ['Washington, DC', [['Washington', 'DC', 'US']]],
    ['Cambridge, MA', [['Cambridge', 'MA', 'US']]],
    ['Springfield, IL', [['Springfield', 'IL', 'US']]],
    ['London, England, United Kingdom', [['London', 'England', 'GB']]],
    ['London, UK', [['London', 'England', 'GB']]],
    ['Edinburgh, Scotland', [['Edinburgh', 'Scotland', 'GB']]],
    ['Berlin, Germany', [['Berlin', 'Berlin', 'DE']]],
    ['München, Deutschland', [['Munich', 'Bavaria', 'DE']]],
    ['Zürich, Switzerland', [['Zurich', null, 'CH']]],
    ['Bengaluru, Karnataka, India', [['Bengaluru', 'Karnataka', 'IN']]],
    ['Bangalore, India', [['Bengaluru', 'Karnataka', 'IN']]],
    ['Toronto, ON', [['Toronto', 'ON', 'CA']]],
    ['Toronto, Ontario, Canada', [['Toronto', 'ON', 'CA']]],
    ['(Hybrid) Toronto, ON', [['Toronto', 'ON', 'CA']]],
    ['Hybrid - London, UK', [['London', 'England', 'GB']]],
    ['Singapore', [['Singapore', null, 'SG']]],
    ['Singapore, Singapore', [['Singapore', null, 'SG']]],
    ['Remote - US', [[null, null, 'US']]],
    ['Remote (Canada)', [[null, null, 'CA']]],
    ['Remote, USA', [[null, null, 'US']]],
    ['US-Remote', [[null, null, 'US']]],
    ['California, USA', [[null, 'CA', 'US']]],
    ['North America', [[null, 'North America', null]]],
    ['Remote - EMEA', [[null, 'EMEA', null]]],
    [
      'New York or Boston',
      [
        ['New York', 'NY', 'US'],
        ['Boston', 'MA', 'US'],
      ],
    ],
    [
      'New York, NY; San Francisco, CA',
      [
        ['New York', 'NY', 'US'],
        ['San Francisco', 'CA', 'US'],
      ],
    ],
    [
      'London | Dublin',
      [
        ['London', 'England', 'GB'],
        ['Dublin', null, 'IE'],
      ],
    ],
    [
      'London, Dublin',
      [
        ['London', 'England', 'GB'],
        ['Dublin', null, 'IE'],
      ],
    ],
    [
      'Paris, France / Lisbon, Portugal',
      [
        ['Paris', 'Île-de-France', 'FR'],
        ['Lisbon', null, 'PT'],
      ],
    ],
    [
      'Remote (US or Canada)',
      [
        [null, null, 'US'],
        [null, null, 'CA'],
      ],
    ],
    [
      'NYC & SF',
      [
        ['New York', 'NY', 'US'],
        ['San Francisco', 'CA', 'US'],
      ],
    ],
    ['New York (NYC)', [['New York', 'NY', 'US']]],
    ['Data Engineer, CA', [[null, 'CA', 'US']]],
    ['Senior Machine Learning Engineer - Personalization', []],
    ['This role is based in New York', [['New York', 'NY', 'US']]],
    ['Location: Austin, TX', [['Austin', 'TX', 'US']]],
    ['Remote', []],
    ['Anywhere', []],
    ['', []],
  ])('%j', (phrase, expected) => {
    const locations = parseLocationPhrase(phrase);
    expect(where(locations)).toEqual(expected);
    for (const location of locations) expect(() => Location.parse(location)).not.toThrow();
  });

  it('keeps the words the posting used for a single place', () => {
    expect(parseLocationPhrase('New York, NY')[0]?.raw).toBe('New York, NY');
    expect(parseLocationPhrase('Remote - US')[0]?.raw).toBe('Remote - US');
  });

  it('keeps each place’s own words when there are several', () => {
    expect(parseLocationPhrase('New York or Boston').map((l) => l.raw)).toEqual(['New York', 'Boston']);
  });
});

describe('findStatedLocations reads where the role is', () => {
  it.each<[string, Where[]]>([
    ['This role is based in London', [['London', 'England', 'GB']]],
    [
      'This position is based in New York or Boston.',
      [
        ['New York', 'NY', 'US'],
        ['Boston', 'MA', 'US'],
      ],
    ],
    ['Location: Berlin, Germany', [['Berlin', 'Berlin', 'DE']]],
    ['Job location - Amsterdam, Netherlands', [['Amsterdam', 'North Holland', 'NL']]],
    ['Office: Stockholm, Sweden', [['Stockholm', null, 'SE']]],
    [
      'Locations: New York, NY; San Francisco, CA',
      [
        ['New York', 'NY', 'US'],
        ['San Francisco', 'CA', 'US'],
      ],
    ],
    [
      'For this role, you can be within the North America region as long as we have a work location.',
      [[null, 'North America', null]],
    ],
    ['You will work from our office in Berlin three days a week.', [['Berlin', 'Berlin', 'DE']]],
    ['You’ll be based in our Amsterdam office.', [['Amsterdam', 'North Holland', 'NL']]],
    ['(Hybrid) Toronto, ON', [['Toronto', 'ON', 'CA']]],
    ['Remote - US', [[null, null, 'US']]],
    ['Remote (Canada)', [[null, null, 'CA']]],
    ['Fully remote in the United States', [[null, null, 'US']]],
    ['This is a hybrid role based in Dublin, Ireland.', [['Dublin', null, 'IE']]],
    ['The role is located in Bengaluru, Karnataka, India.', [['Bengaluru', 'Karnataka', 'IN']]],
    ['This role is based in LA.', [['Los Angeles', 'CA', 'US']]],
    ['This role is open to candidates based in the UK.', [[null, null, 'GB']]],
    ['Must be able to relocate to Munich.', [['Munich', 'Bavaria', 'DE']]],
    ['Hybrid in London, 3 days a week', [['London', 'England', 'GB']]],
    ['Our team is based in Paris, but this role is based in Lisbon.', [['Lisbon', null, 'PT']]],
    ['Job Location: Washington, D.C.', [['Washington', 'DC', 'US']]],
    ['New York, NY', [['New York', 'NY', 'US']]],
  ])('%j', (text, expected) => {
    expect(where(findStatedLocations(text))).toEqual(expected);
  });

  it.each([
    'We ask that our team members be physically located in Central European time or Eastern Standard/Daylight time zones.',
    'You will lead a team of Engineers all based in Europe.',
    'This team operates within the Eastern Standard time zone for collaboration',
    'Our company is headquartered in San Francisco with offices in London and Tokyo.',
    'We were founded in Stockholm in 2006.',
    'Join us to build the future of payments.',
    'We partner with customers in Germany, France and Spain.',
    'Our engineers are located in Warsaw and Kraków.',
    'Experience with reading and writing SQL or working on a team in sales',
    'You should be available during Central European Time working hours.',
  ])('finds nothing in %j', (text) => {
    expect(findStatedLocations(text)).toEqual([]);
  });

  it('names each place once', () => {
    const text = 'Location: London, UK\nThis role is based in London.\nHybrid - London';
    expect(where(findStatedLocations(text))).toEqual([['London', 'England', 'GB']]);
  });
});

describe('findStatedLocations on the seed postings', () => {
  it.each<[string, Where[]]>([
    ['000_6b107713e41060db.txt', []],
    ['001_2c4a314a19c250a9.txt', [['London', 'England', 'GB']]],
    ['002_0c4fadf55b38761c.txt', [['New York', 'NY', 'US']]],
    [
      '003_a6222ce20b1f1211.txt',
      [
        ['New York', 'NY', 'US'],
        ['Boston', 'MA', 'US'],
      ],
    ],
    ['004_03f8ab3230f82f5d.txt', [[null, 'North America', null]]],
  ])('%s', (name, expected) => {
    expect(where(findStatedLocations(seedText(name)))).toEqual(expected);
  });

  it('reads the header line of seed 002', () => {
    expect(where(parseLocationPhrase('New York, NY'))).toEqual([['New York', 'NY', 'US']]);
  });
});

describe('on any input', () => {
  it('never throws and returns only valid locations', () => {
    const piece = fc.constantFrom(
      'based in ',
      'Location: ',
      'Remote - ',
      'London',
      'New York',
      ', ',
      ' or ',
      'NY',
      'US',
      'the ',
      '(',
      ')',
      '\n',
      'time zone',
      'x',
      '. ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.string({ maxLength: 40 }), (pieces, noise) => {
        const text = pieces.join('') + noise;
        for (const location of [...findStatedLocations(text), ...parseLocationPhrase(text)])
          Location.parse(location);
      }),
      { numRuns: 300 },
    );
  });

  it('returns on 1 MB of prose', () => {
    const text = 'This role is based in London or New York, NY; remote (US) within the EMEA region. '.repeat(
      12_500,
    );
    expect(where(findStatedLocations(text))).toHaveLength(4);
  });
});

describe('capitalised words in prose are not places', () => {
  it.each([
    'Nice to have: experience with Kubernetes.',
    'Home insurance and a Mobile phone allowance are included.',
    'Reading and writing SQL is part of the job.',
    'Orange is our brand colour and Bath time is at 6.',
    'This role is based in our Central office.',
    'Save this job. Apply now. Share.',
    'You will lead a Sales team and Support our Energy customers.',
  ])('%j', (text) => {
    expect(findStatedLocations(text)).toEqual([]);
  });

  it('reads a town that is an everyday word only as a place line with its region', () => {
    expect(where(findStatedLocations('Reading, Berkshire'))).toEqual([['Reading', 'Berkshire', 'GB']]);
    expect(where(findStatedLocations('Location: Bath'))).toEqual([['Bath', 'England', 'GB']]);
  });

  it('uses the page’s evidence for an ambiguous town', () => {
    expect(where(findStatedLocations('Location: Durham', { currencyHint: '£' }))).toEqual([
      ['Durham', 'England', 'GB'],
    ]);
    expect(where(findStatedLocations('Location: Perth', { board: 'reed' }))).toEqual([
      ['Perth', 'Scotland', 'GB'],
    ]);
  });

  it('reads where candidates must live', () => {
    expect(where(findStatedLocations('Candidates must reside in the United States.'))).toEqual([
      [null, null, 'US'],
    ]);
  });

  it('ignores lists of other jobs and towns below the first paragraph', () => {
    const page = [
      'Line Cook',
      'Hamilton, ON',
      'We are a busy kitchen in the heart of downtown Hamilton looking for a line cook to join our team this summer.',
      'Jobs near you',
      'Burlington, ON',
      'Oakville, ON',
    ].join('\n');
    expect(where(findStatedLocations(page))).toEqual([['Hamilton', 'ON', 'CA']]);
  });
});
