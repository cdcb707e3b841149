import type { EmploymentType, Seniority, Workplace } from '../model/posting.ts';
import { BARE_DOLLAR, BARE_KRONE, CURRENCY_MARKERS } from '../pay/salary-currency.ts';

/**
 * The words the query reader knows, as data. Each synonym group lists phrases that mean the same thing in a
 * job search; a query using any one of them also finds the others.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['ml', 'machine learning'],
  ['mle', 'machine learning engineer', 'ml engineer'],
  ['ai', 'artificial intelligence'],
  ['swe', 'sde', 'software engineer', 'software developer', 'software development engineer'],
  ['eng', 'engineer', 'engineering'],
  ['dev', 'developer', 'development'],
  ['mgr', 'manager', 'management'],
  ['ds', 'data scientist', 'data science'],
  ['pm', 'product manager'],
  ['tpm', 'technical program manager'],
  ['em', 'engineering manager'],
  ['nlp', 'natural language processing'],
  ['llm', 'large language model'],
  ['genai', 'generative ai'],
  ['cv', 'computer vision'],
  ['rl', 'reinforcement learning'],
  ['k8s', 'kubernetes'],
  ['js', 'javascript'],
  ['ts', 'typescript'],
  ['golang', 'go'],
  ['sre', 'site reliability engineer', 'site reliability engineering'],
  ['qa', 'quality assurance'],
  ['ux', 'user experience'],
  ['ui', 'user interface'],
  ['devops', 'dev ops'],
  ['infra', 'infrastructure'],
  ['recsys', 'recommender system', 'recommendation system'],
  ['gcp', 'google cloud'],
  ['aws', 'amazon web services'],
];

/** Words that name a seniority level (matched against the posting's seniority and its title). */
export const SENIORITY_WORDS: Readonly<Record<string, Seniority>> = {
  intern: 'intern',
  internship: 'intern',
  junior: 'junior',
  jr: 'junior',
  entry: 'junior',
  graduate: 'junior',
  grad: 'junior',
  mid: 'mid',
  senior: 'senior',
  sr: 'senior',
  snr: 'senior',
  staff: 'staff',
  principal: 'principal',
  manager: 'manager',
  mgr: 'manager',
  director: 'director',
  head: 'director',
};

/** How each seniority reads in a title, for postings whose parser left `seniority` empty. */
export const SENIORITY_TITLE_WORDS: Readonly<Record<Seniority, readonly string[]>> = {
  intern: ['intern', 'internship'],
  junior: ['junior', 'jr', 'graduate', 'entry'],
  mid: ['mid'],
  senior: ['senior', 'sr', 'snr'],
  staff: ['staff'],
  principal: ['principal'],
  manager: ['manager', 'mgr', 'lead'],
  director: ['director', 'head', 'vp'],
};

export const WORKPLACE_WORDS: Readonly<Record<string, Workplace>> = {
  remote: 'remote',
  wfh: 'remote',
  remotely: 'remote',
  hybrid: 'hybrid',
  onsite: 'onsite',
  'on site': 'onsite',
  'on-site': 'onsite',
  'in office': 'onsite',
  office: 'onsite',
};

export const EMPLOYMENT_WORDS: Readonly<Record<string, EmploymentType>> = {
  'full time': 'full-time',
  fulltime: 'full-time',
  permanent: 'full-time',
  'part time': 'part-time',
  parttime: 'part-time',
  contract: 'contract',
  contractor: 'contract',
  freelance: 'contract',
  internship: 'internship',
  temporary: 'temporary',
  temp: 'temporary',
};

/** Words that say nothing about which role is meant ("roles", "jobs", "show me"). */
export const QUERY_FILLER: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'job',
  'jobs',
  'position',
  'positions',
  'opening',
  'openings',
  'posting',
  'postings',
  'opportunity',
  'opportunities',
  'vacancy',
  'vacancies',
  'show',
  'find',
  'list',
  'me',
  'any',
  'please',
  'looking',
  'want',
  'search',
  'based',
  'located',
  'location',
  'near',
  'around',
  'hiring',
  'there',
  // Question scaffolding, left over once an answer has taken the words that chose it.
  'whats',
  'tell',
  'give',
  'know',
  'much',
  'many',
  'currently',
  'open',
  'available',
  'hi',
  'hey',
  'thanks',
  'thank',
  'kind',
  'sort',
  'type',
  'types',
  'right',
  'now',
  'get',
  'got',
  'like',
  'team',
  'teams',
  'company',
  'companies',
  'work',
  'working',
  'people',
  'anything',
  'something',
  'person',
  'someone',
  'anyone',
  'more',
  'info',
  'information',
  'detail',
  'details',
]);

/** Common country names by ISO code, so "Germany" and "DE" both find a posting in Germany. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  BR: 'Brazil',
  AR: 'Argentina',
  GB: 'United Kingdom',
  IE: 'Ireland',
  DE: 'Germany',
  FR: 'France',
  NL: 'Netherlands',
  BE: 'Belgium',
  ES: 'Spain',
  PT: 'Portugal',
  IT: 'Italy',
  CH: 'Switzerland',
  AT: 'Austria',
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  FI: 'Finland',
  PL: 'Poland',
  CZ: 'Czechia',
  RO: 'Romania',
  GR: 'Greece',
  IL: 'Israel',
  AE: 'United Arab Emirates',
  ZA: 'South Africa',
  NG: 'Nigeria',
  KE: 'Kenya',
  EG: 'Egypt',
  IN: 'India',
  SG: 'Singapore',
  JP: 'Japan',
  CN: 'China',
  HK: 'Hong Kong',
  KR: 'South Korea',
  TW: 'Taiwan',
  AU: 'Australia',
  NZ: 'New Zealand',
  ID: 'Indonesia',
  MY: 'Malaysia',
  PH: 'Philippines',
  VN: 'Vietnam',
  TH: 'Thailand',
};

/** Wider areas a country lies in, lower case, so "north america" or "emea" finds a role in Toronto. */
export const COUNTRY_AREAS: Readonly<Record<string, readonly string[]>> = {
  US: ['north america', 'americas', 'amer'],
  CA: ['north america', 'americas', 'amer'],
  MX: ['north america', 'americas', 'latam', 'amer'],
  BR: ['south america', 'americas', 'latam', 'amer'],
  AR: ['south america', 'americas', 'latam', 'amer'],
  ...Object.fromEntries(
    [
      'GB',
      'IE',
      'DE',
      'FR',
      'NL',
      'BE',
      'ES',
      'PT',
      'IT',
      'CH',
      'AT',
      'SE',
      'NO',
      'DK',
      'FI',
      'PL',
      'CZ',
      'RO',
      'GR',
    ].map((code) => [code, ['europe', 'emea']]),
  ),
  ...Object.fromEntries(['IL', 'AE', 'ZA', 'NG', 'KE', 'EG'].map((code) => [code, ['emea']])),
  ...Object.fromEntries(
    ['IN', 'SG', 'JP', 'CN', 'HK', 'KR', 'TW', 'ID', 'MY', 'PH', 'VN', 'TH'].map((code) => [
      code,
      ['asia', 'apac'],
    ]),
  ),
  AU: ['apac', 'oceania'],
  NZ: ['apac', 'oceania'],
};

/**
 * Currency symbols and words a salary floor may use: the posting parser's markers in lower case, where a
 * bare `$` means USD as it does in a posting that says nothing else, and `kr` (no one currency) is left out.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [...CURRENCY_MARKERS]
      .filter(([, currency]) => currency !== BARE_KRONE)
      .map(([token, currency]) => [token.toLowerCase(), currency === BARE_DOLLAR ? 'USD' : currency]),
  ),
  euro: 'EUR',
  euros: 'EUR',
};

/**
 * A floor with no currency ("over 200k") is compared only with pay in these, whose units are of a size;
 * "200k" says nothing about a salary in rupees or yen.
 */
export const FLOOR_DEFAULT_CURRENCIES: ReadonlySet<string> = new Set([
  'USD',
  'GBP',
  'EUR',
  'CAD',
  'AUD',
  'SGD',
  'CHF',
  'NZD',
]);
