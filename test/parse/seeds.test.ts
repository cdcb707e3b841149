import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Posting, Posting as PostingSchema } from '../../src/model/posting.ts';
import { mergeDuplicates } from '../../src/parse/merge-duplicates.ts';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
/** When the seed pages were saved: "Vacancy posted 6 days ago" counts back from here. */
const MODIFIED_AT = new Date('2026-03-25T12:00:00Z');

function parseSeed(name: string): Posting {
  const outcome = parsePostingFile({
    path: name,
    content: readFileSync(path.join(SEEDS_DIR, name), 'utf8'),
    modifiedAt: MODIFIED_AT,
  });
  if (!outcome.ok) throw new Error(`${name} did not parse: ${outcome.reason}`);
  expect(outcome.postings).toHaveLength(1);
  return outcome.postings[0]!;
}

const SEED_NAMES = [
  '000_6b107713e41060db.txt',
  '001_2c4a314a19c250a9.txt',
  '002_0c4fadf55b38761c.txt',
  '003_a6222ce20b1f1211.txt',
  '004_03f8ab3230f82f5d.txt',
] as const;
const seeds = new Map(SEED_NAMES.map((name) => [name, parseSeed(name)]));
const seed = (name: (typeof SEED_NAMES)[number]) => seeds.get(name)!;

const places = (posting: Posting) =>
  posting.locations.map(({ city, region, country }) => ({ city, region, country }));
const cityAndCountry = (posting: Posting) =>
  posting.locations.map(({ city, country }) => ({ city, country }));

/** Every string anywhere in a posting, with the field it sits in. */
function stringFields(value: unknown, at = 'posting'): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringFields(item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringFields(item, `${at}.${key}`));
  }
  return [];
}

describe('every seed', () => {
  it('parses into one posting that passes the Posting schema', () => {
    for (const posting of seeds.values()) expect(PostingSchema.safeParse(posting).success).toBe(true);
  });

  it('is recorded with its file as its only source', () => {
    for (const [name, posting] of seeds) {
      expect(posting.source.path).toBe(name);
      expect(posting.sources.map((source) => source.path)).toEqual([name]);
    }
  });

  it('works for Spotify', () => {
    for (const posting of seeds.values()) expect(posting.company).toBe('Spotify');
  });

  it('gets an id of its own, the same on every parse', () => {
    const ids = [...seeds.values()].map((posting) => posting.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseSeed('001_2c4a314a19c250a9.txt').id).toBe(seed('001_2c4a314a19c250a9.txt').id);
  });

  it('has a short summary for a card', () => {
    for (const posting of seeds.values()) {
      expect(posting.summary.length).toBeGreaterThan(20);
      expect(posting.summary.length).toBeLessThanOrEqual(300);
    }
  });

  it('stays apart from the others when duplicates are merged', () => {
    expect(mergeDuplicates([...seeds.values()])).toHaveLength(5);
  });
});

describe('000, a truncated copy with its title and company on one line', () => {
  const posting = seed('000_6b107713e41060db.txt');

  it('splits "… – Personalization Spotify" into title, team and company', () => {
    expect(posting.title).toBe('Machine Learning Engineering Manager');
    expect(posting.team).toBe('Personalization');
    expect(posting.company).toBe('Spotify');
  });

  it('states no location: time zones and teammates "based in Europe" are not where the job is', () => {
    expect(posting.locations).toEqual([]);
    expect(posting.workplace).toBeNull();
  });

  it('is a people-manager role with no salary', () => {
    expect(posting.seniority).toBe('manager');
    expect(posting.salary).toBeNull();
  });

  it('is marked truncated, and the "full job details" marker is not in the text', () => {
    expect(posting.truncated).toBe(true);
    expect(posting.text).not.toContain('full job details');
  });

  it('splits sentences that lost their space ("hours.Kipp")', () => {
    expect(posting.text).toContain('collaboration hours. Kipp is');
  });
});

describe('001, a copy whose lists lost their line breaks', () => {
  const posting = seed('001_2c4a314a19c250a9.txt');

  it('reads title, team, seniority and no salary', () => {
    expect(posting.title).toBe('Senior Machine Learning Engineer');
    expect(posting.team).toBe('Personalization');
    expect(posting.seniority).toBe('senior');
    expect(posting.salary).toBeNull();
  });

  it('is based in London, hybrid (work from home with some in-person meetings, under "Where You\'ll Be")', () => {
    expect(cityAndCountry(posting)).toEqual([{ city: 'London', country: 'GB' }]);
    expect(posting.workplace).toBe('hybrid');
  });

  it('splits the run-together responsibilities and qualifications into items', () => {
    expect(posting.sections.responsibilities).toHaveLength(7);
    expect(posting.sections.responsibilities[0]).toMatch(
      /^Design, train, and ship .* Now Playing View for hundreds of millions of users$/,
    );
    expect(posting.sections.responsibilities[1]).toMatch(/^Own ranking systems end-to-end/);
    expect(posting.sections.qualifications).toHaveLength(7);
    expect(posting.sections.qualifications[1]).toMatch(/^You're comfortable working across the ML stack/);
  });
});

describe('002, an aggregator page with header labels and a ghost-score panel', () => {
  const posting = seed('002_0c4fadf55b38761c.txt');

  it('reads title, team and company from the header', () => {
    expect(posting.title).toBe('Machine Learning Engineering Manager');
    expect(posting.team).toBe('Surfaces Music');
    expect(posting.company).toBe('Spotify');
  });

  it('splits the glued label row: "New York, NYLow Risk", "EngineeringPermanentvia lever"', () => {
    expect(places(posting)).toEqual([{ city: 'New York', region: 'NY', country: 'US' }]);
    expect(posting.employmentType).toBe('full-time');
    expect(posting.source.board).toBe('lever');
  });

  it('leaves the workplace open: its flexibility sentence is not under a heading about place', () => {
    expect(posting.workplace).toBeNull();
  });

  it('takes the posted date from the listing panel but keeps the panel out of the text', () => {
    expect(posting.postedAt).toBe('2026-03-17');
    expect(posting.seniority).toBe('manager');
    expect(posting.salary).toBeNull();
    for (const noise of [
      'Ghost score',
      'Listing Details',
      'Promote this listing',
      'Low Risk',
      'Back to Jobs',
      'Apply Now',
    ]) {
      expect(posting.text).not.toContain(noise);
    }
  });

  it('sorts the heading-less bullets into responsibilities and qualifications', () => {
    expect(posting.sections.responsibilities).toHaveLength(11);
    expect(posting.sections.qualifications).toHaveLength(10);
    expect(posting.sections.qualifications[0]).toMatch(/^You have 5\+ years/);
  });
});

describe('003, a copy with no title line', () => {
  const posting = seed('003_a6222ce20b1f1211.txt');

  it('infers the title from "This ML Manager will focus on…"', () => {
    expect(posting.title).toMatch(/ML Manager$/);
    expect(posting.seniority).toBe('manager');
  });

  it('takes the team from "The Personalization team …"', () => {
    expect(posting.team).toBe('Personalization');
  });

  it('is based in New York or Boston, hybrid', () => {
    expect(cityAndCountry(posting)).toEqual([
      { city: 'New York', country: 'US' },
      { city: 'Boston', country: 'US' },
    ]);
    expect(posting.workplace).toBe('hybrid');
  });

  it('pays 176,166–251,666 USD a year', () => {
    expect(posting.salary).toMatchObject({ min: 176_166, max: 251_666, currency: 'USD', period: 'year' });
  });

  it('splits headings glued to their first bullet ("What You\'ll Do- Lead a…")', () => {
    expect(posting.sections.responsibilities[0]).toMatch(/^Lead a high-performing engineering team/);
    expect(posting.sections.responsibilities).toHaveLength(11);
    expect(posting.sections.qualifications[0]).toMatch(/^5\+ years of experience/);
    expect(posting.sections.qualifications).toHaveLength(8);
  });

  it('keeps equal-opportunity boilerplate out of "about"', () => {
    expect(posting.sections.about).toMatch(/^The Personalization team makes deciding/);
    expect(posting.sections.about).not.toMatch(/equal opportunity|accommodations/);
    expect(posting.text).not.toContain('\\n');
  });
});

describe('004, a job-board page followed by a long "Similar jobs" list', () => {
  const posting = seed('004_03f8ab3230f82f5d.txt');

  it('reads title, team, seniority and employment type', () => {
    expect(posting.title).toBe('Senior Machine Learning Engineer');
    expect(posting.team).toBe('Personalization');
    expect(posting.seniority).toBe('senior');
    expect(posting.employmentType).toBe('full-time');
  });

  it('is remote within the North America region, with no city', () => {
    expect(places(posting)).toEqual([{ city: null, region: 'North America', country: null }]);
    expect(posting.workplace).toBe('remote');
  });

  it('pays 210,000–260,000 USD a year', () => {
    expect(posting.salary).toMatchObject({ min: 210_000, max: 260_000, currency: 'USD', period: 'year' });
  });

  it('was posted 6 days before the page was saved', () => {
    expect(posting.postedAt).toBe('2026-03-19');
  });

  it('names the technologies it asks for', () => {
    expect(posting.skills).toEqual(
      expect.arrayContaining([
        'Python',
        'Scala',
        'Java',
        'PyTorch',
        'Spark',
        'Apache Beam',
        'GCP',
        'AWS',
        'LLMs',
      ]),
    );
  });

  it('keeps the sign-up bar and nav out of the text', () => {
    for (const noise of ['Sign up to access', 'Create a CV', 'Favorites', 'Subscriptions']) {
      expect(posting.text).not.toContain(noise);
    }
  });
});

describe('nothing from 004\'s "Similar jobs" list reaches any posting', () => {
  const NOISE = [
    'Cloudbeds',
    'Hightouch',
    'Accel HR',
    'Lucid Vision',
    'TALENGER',
    'Brave',
    'Figma',
    'Stonehill',
    'Mercury',
    'OneSix',
    'Monarch',
    'Roblox',
    'KoBold',
    'FEG Outsourcing',
    'Telesat',
    'Apollo Technical',
    'SevenStar',
    'Circa Logica',
    'StackAdapt',
    'Waabi',
    'Inspiren',
    'Cohere',
    'Ramp',
    '151.94k',
    '248.53k',
    '$201k',
    '$239k',
    '$170k',
    'Haskell',
    'Similar jobs',
    'Work at office',
    'Weekend work',
    'receive more vacancies',
    '05/12/2026',
  ];

  it('in any string field of any seed', () => {
    const leaks = [...seeds.values()].flatMap((posting) =>
      stringFields(posting).flatMap(([field, value]) =>
        NOISE.filter((word) => value.toLowerCase().includes(word.toLowerCase())).map(
          (word) => `${posting.source.path} ${field}: ${word}`,
        ),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('nor in the skills, which stop at the posting', () => {
    expect(seed('004_03f8ab3230f82f5d.txt').skills).not.toContain('Haskell');
    expect(seed('004_03f8ab3230f82f5d.txt').skills).not.toContain('TypeScript');
  });
});
