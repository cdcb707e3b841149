import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/search/catalog.ts';
import { singular } from '../../src/search/normalize-term.ts';
import { parseQuery } from '../../src/search/parse-query.ts';
import { searchPostings } from '../../src/search/search-postings.ts';
import { makePosting, salary } from '../digest/make-posting.ts';

/** Queries as users typed them in review, over a small board with pay by the year, day and hour. */
const london = [{ city: 'London', region: 'England', country: 'GB', raw: 'London' }];
const berlin = [{ city: 'Berlin', region: null, country: 'DE', raw: 'Berlin' }];
const tokyo = [{ city: 'Tokyo', region: null, country: 'JP', raw: 'Tokyo' }];
const postings = [
  makePosting({
    id: 'gbpyear1',
    title: 'Data Analyst',
    salary: salary(40_000, 50_000, 'GBP'),
    locations: london,
  }),
  makePosting({
    id: 'gbpday01',
    title: 'Contract Developer',
    salary: salary(500, 600, 'GBP', 'day'),
    employmentType: 'contract',
    locations: london,
  }),
  makePosting({
    id: 'gbphour1',
    title: 'Care Assistant',
    salary: salary(12, 13, 'GBP', 'hour'),
    locations: london,
  }),
  makePosting({
    id: 'eurday01',
    title: 'SAP Consultant',
    salary: salary(700, 800, 'EUR', 'day'),
    locations: berlin,
  }),
  makePosting({
    id: 'eurhour1',
    title: 'Support Agent',
    salary: salary(16, 18, 'EUR', 'hour'),
    locations: berlin,
  }),
  makePosting({
    id: 'jpyyear1',
    title: 'Game Designer',
    salary: salary(6_000_000, 8_000_000, 'JPY'),
    locations: tokyo,
  }),
  makePosting({ id: 'usdhour1', title: 'QA Tester', salary: salary(45, 55, 'USD', 'hour') }),
  makePosting({ id: 'kube0001', title: 'Platform Engineer', skills: ['Kubernetes', 'AWS', 'Terraform'] }),
  makePosting({ id: 'chef0001', title: 'Head Chef', skills: ['Menu planning'] }),
  makePosting({
    id: 'sales001',
    title: 'Sales Manager',
    skills: ['Negotiation'],
    text: 'Lead our sales team.',
  }),
  makePosting({
    id: 'itsup001',
    title: 'IT Support Analyst',
    skills: ['Windows'],
    text: 'First-line IT support.',
  }),
  makePosting({ id: 'itmgr001', title: 'IT Manager', skills: ['ITIL'] }),
  makePosting({ id: 'ithelp01', title: 'IT Helpdesk Technician', skills: [] }),
  makePosting({ id: 'helpdsk1', title: 'Customer Helpdesk Advisor', skills: [], text: 'Answer it quickly.' }),
  makePosting({ id: 'support1', title: 'Support Worker', skills: [], text: 'Support it with care.' }),
  makePosting({
    id: 'remote01',
    title: 'Product Manager',
    workplace: 'remote',
    text: 'Is it remote? Yes it is.',
  }),
  makePosting({ id: 'octpost1', title: 'Nurse', postedAt: '2026-10-05' }),
  makePosting({ id: 'octpost2', title: 'Nurse', postedAt: '2026-10-31' }),
  makePosting({ id: 'novpost1', title: 'Nurse', postedAt: '2026-11-02' }),
  makePosting({ id: 'seppost1', title: 'Nurse', postedAt: '2026-09-28' }),
];
const catalog = buildCatalog(postings);
const now = new Date('2026-11-25T10:00:00Z');
const search = (query: string) => searchPostings(catalog, query, { now });
const ids = (query: string) =>
  search(query)
    .hits.map((hit) => hit.posting.id)
    .sort();
const parse = (query: string) => parseQuery(query, catalog, { now });

describe('a currency with no amount', () => {
  it('takes roles paid in it by the day and the hour, not only by the year', () => {
    expect(ids("what's the salary in GBP?")).toEqual(['gbpday01', 'gbphour1', 'gbpyear1']);
    expect(ids('paid in euros')).toEqual(['eurday01', 'eurhour1']);
    expect(ids('in JPY')).toEqual(['jpyyear1']);
  });

  it('still compares like with like once an amount is named', () => {
    expect(ids('over £30k')).toEqual(['gbpyear1']);
    expect(ids('over 400 a day in GBP')).toEqual(['gbpday01']);
  });
});

describe('a pay period written as a phrase', () => {
  it.each([
    ['which roles have a day rate?', ['eurday01', 'gbpday01']],
    ['day rate', ['eurday01', 'gbpday01']],
    ['daily rate', ['eurday01', 'gbpday01']],
    ['day rate roles', ['eurday01', 'gbpday01']],
    ['hourly rate', ['eurhour1', 'gbphour1', 'usdhour1']],
    ['an hourly rate in GBP', ['gbphour1']],
    ['paid a day rate', ['eurday01', 'gbpday01']],
  ])('reads “%s” as the period, leaving no role word', (query, expected) => {
    expect(parse(query).terms).toEqual([]);
    expect(ids(query)).toEqual(expected);
  });

  it('keeps the role words beside it', () => {
    expect(ids('developer day rate')).toEqual(['gbpday01']);
  });
});

describe('calendar months', () => {
  it('reads "last month" as the previous calendar month', () => {
    expect(parse('nurse last month').posted).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    expect(ids('nurses posted last month')).toEqual(['octpost1', 'octpost2']);
  });

  it('reads "this month" as the current one', () => {
    expect(parse('nurse this month').posted).toMatchObject({ from: '2026-11-01' });
    expect(ids('nurse this month')).toEqual(['novpost1']);
  });

  it('reads "in the last month" and "past month" as thirty days, as people mean them', () => {
    expect(parse('nurse in the last month').posted).toMatchObject({ from: '2026-10-26', to: null });
    expect(parse('nurse posted in the past month').posted).toMatchObject({ from: '2026-10-26', to: null });
  });

  it('keeps "last 30 days" as thirty days back from now', () => {
    expect(parse('nurse last 30 days').posted).toMatchObject({ from: '2026-10-26', to: null });
    expect(ids('nurse last 30 days')).toEqual(['novpost1', 'octpost2']);
  });

  it('counts from the time given, not the wall clock', () => {
    const january = parseQuery('last month', catalog, { now: new Date('2027-01-10T00:00:00Z') });
    expect(january.posted).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('every currency is a currency', () => {
  it.each([
    ['in JPY', 'JPY'],
    ['in yen', 'JPY'],
    ['in rupees', 'INR'],
    ['in INR', 'INR'],
    ['in ringgit', 'MYR'],
    ['in SGD', 'SGD'],
    ['in AUD', 'AUD'],
    ['in CAD', 'CAD'],
    ['in CHF', 'CHF'],
    ['in SEK', 'SEK'],
    ['in NOK', 'NOK'],
    ['in PLN', 'PLN'],
    ['in zloty', 'PLN'],
    ['in baht', 'THB'],
    ['in KRW', 'KRW'],
    ['in won', 'KRW'],
    ['in yuan', 'CNY'],
    ['in HKD', 'HKD'],
    ['in ZAR', 'ZAR'],
    ['in rand', 'ZAR'],
    ['in AED', 'AED'],
    ['in BRL', 'BRL'],
    ['paid in MXN', 'MXN'],
    ['engineer roles in swedish kronor', 'SEK'],
  ])('reads “%s” as a currency filter, not a role word', (query, currency) => {
    const parsed = parse(query);
    expect(parsed.pay?.currency).toBe(currency);
    expect(parsed.terms.map((term) => term.raw)).not.toContain(query.split(' ').at(-1)?.toLowerCase());
  });

  it('does not take a skill or an ordinary word for a currency', () => {
    // PHP is also the Philippine peso, ALL the Albanian lek, TOP the Tongan paʻanga.
    expect(parse('developer in php').pay).toBeNull();
    expect(parse('all roles').pay).toBeNull();
    expect(parse('top roles in London').pay).toBeNull();
    expect(parse('cad technician').pay).toBeNull();
  });
});

describe('words ending in -s that are not plurals', () => {
  it('quotes the word as the user typed it when nothing matches', () => {
    const result = search('kubernetes chef');
    expect(result.total).toBe(0);
    expect(result.notes.join(' ')).not.toMatch(/kubernete[^s]/);
    expect(result.unmatched.join(' ')).not.toMatch(/kubernete[^s]/);
  });

  it('matches a skill word against a posting whose skills list it', () => {
    expect(ids('kubernetes engineer')).toEqual(['kube0001']);
    expect(ids('aws engineer')).toEqual(['kube0001']);
    expect(ids('kubernetes')).toEqual(['kube0001']);
  });

  it('does not let a skill word stand for a qualifier it only shares a word with', () => {
    // "Menu planning" is a skill; "planning chef" does not become any chef.
    expect(ids('menu chef')).toEqual([]);
  });

  it.each([
    'kubernetes',
    'aws',
    'sales',
    'analytics',
    'devops',
    'ops',
    'news',
    'postgres',
    'jenkins',
    'pandas',
  ])('keeps “%s” whole: it is not a plural', (word) => {
    expect(singular(word)).toBe(word);
  });

  it('still reads real plurals as the singular', () => {
    expect(['engineers', 'nurses', 'developers', 'companies', 'analysts'].map(singular)).toEqual([
      'engineer',
      'nurse',
      'developer',
      'company',
      'analyst',
    ]);
  });

  it('finds sales roles by the word sales', () => {
    expect(ids('sales manager')).toEqual(['sales001']);
    expect(ids('sales')).toEqual(['sales001']);
  });
});

describe('IT, the field', () => {
  it.each([
    ['IT support', ['itsup001']],
    ['it support', ['itsup001']],
    ['IT manager', ['itmgr001']],
    ['it manager', ['itmgr001']],
    ['IT helpdesk', ['ithelp01']],
    ['it helpdesk', ['ithelp01']],
    ['IT roles', ['ithelp01', 'itmgr001', 'itsup001']],
    ['jobs in IT', ['ithelp01', 'itmgr001', 'itsup001']],
  ])('reads “%s” as IT roles', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('does not search for "it" in an ordinary sentence', () => {
    expect(parse('is it remote?').terms).toEqual([]);
    expect(ids('is it remote?')).toEqual(['remote01']);
    expect(parse('IS IT REMOTE?').terms).toEqual([]);
    expect(parse('product manager, is it remote').terms.map((term) => term.raw)).not.toContain('it');
  });
});

describe('occupation words inside another occupation', () => {
  const board = buildCatalog([
    makePosting({ id: 'chefpart', title: 'Chef de Partie' }),
    makePosting({ id: 'chefproj', title: 'Assistant Chef de Projet Marketing' }),
    makePosting({ id: 'bookkeep', title: 'Bookkeeper' }),
  ]);
  const found = (query: string) =>
    searchPostings(board, query, { now })
      .hits.map((hit) => hit.posting.id)
      .sort();

  it('does not take a "chef de projet" for a chef, and keeps the "chef de partie"', () => {
    expect(found('chef')).toEqual(['chefpart']);
  });

  it('leaves the other alternatives of an "or" alone', () => {
    expect(found('chef or bookkeeper')).toEqual(['bookkeep', 'chefpart']);
  });
});

describe('a city and the country after it', () => {
  const board = buildCatalog([
    makePosting({
      id: 'perthau1',
      locations: [{ city: 'Perth', region: 'WA', country: 'AU', raw: 'Perth WA' }],
    }),
    makePosting({
      id: 'perthgb1',
      locations: [{ city: 'Perth', region: 'Scotland', country: 'GB', raw: 'Perth, Scotland' }],
    }),
    makePosting({
      id: 'bostonus',
      locations: [{ city: 'Boston', region: 'MA', country: 'US', raw: 'Boston, MA' }],
    }),
    makePosting({
      id: 'bostongb',
      locations: [{ city: 'Boston', region: 'Lincolnshire', country: 'GB', raw: 'Boston, Lincolnshire' }],
    }),
    makePosting({
      id: 'londonca',
      locations: [{ city: 'London', region: 'Ontario', country: 'CA', raw: 'London, ON' }],
    }),
  ]);
  const found = (query: string) =>
    searchPostings(board, query, { now })
      .hits.map((hit) => hit.posting.id)
      .sort();

  it.each([
    ['perth uk', ['perthgb1']],
    ['jobs in perth scotland', ['perthgb1']],
    ['perth australia', ['perthau1']],
    ['boston lincolnshire', ['bostongb']],
    ['engineer in boston uk', ['bostongb']],
    ['london canada', ['londonca']],
  ])('reads “%s” as one place', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('keeps two places joined by "or" apart', () => {
    expect(found('perth or boston uk')).toEqual(expect.arrayContaining(['bostongb']));
  });
});
