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
  ['ds', 'data scientist'],
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
  ['frontend', 'front end'],
  ['backend', 'back end'],
  ['fullstack', 'full stack'],
  ['hr', 'human resources'],
  ['bi', 'business intelligence'],
];

/**
 * Abbreviations that stand for one or more words, one way only: "eng" finds engineers and engineering, but
 * "engineer" does not find "engineering" (a different word), nor "developer" "development".
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  eng: ['engineer', 'engineering'],
  engr: ['engineer'],
  mgr: ['manager'],
  mngr: ['manager'],
  dev: ['developer'],
  pm: ['product manager', 'project manager'],
  fe: ['frontend', 'front end'],
  be: ['backend', 'back end'],
  dir: ['director'],
  vp: ['vice president'],
  rn: ['registered nurse'],
  hca: ['healthcare assistant', 'health care assistant'],
  admin: ['administrator', 'administrative'],
  exec: ['executive'],
  acct: ['accountant'],
};

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
};

/** How each seniority reads in a title, for postings whose parser left `seniority` empty. */
export const SENIORITY_TITLE_WORDS: Readonly<Record<Seniority, readonly string[]>> = {
  intern: ['intern', 'internship'],
  junior: ['junior', 'jr', 'graduate', 'entry'],
  mid: ['mid'],
  senior: ['senior', 'sr', 'snr'],
  staff: ['staff'],
  principal: ['principal'],
  manager: ['manager', 'mgr'],
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
  // Pay and date words left once the pay and date readers have taken the figures.
  'paid',
  'pay',
  'pays',
  'paying',
  'salary',
  'salaries',
  // A rate without its period ("what are the rates?"); "day rate" and "hourly rate" are read as periods first.
  'rate',
  'rates',
  'posted',
  'added',
  'published',
  'listed',
  'level',
  'one',
  'ones',
  'career',
  'careers',
  'im',
  'am',
  'interested',
  'also',
  'just',
  // Praise and urgency say nothing about which role: "remote-friendly", "urgent", "good".
  'friendly',
  'urgent',
  'urgently',
  'asap',
  'immediate',
  'immediately',
  'good',
  'great',
  'best',
  'top',
  'cool',
  'interesting',
  'suitable',
  'relevant',
  'experienced',
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

/**
 * Currencies by the names people call them, lower case, singular and plural. A name that several currencies
 * share with nothing to tell them apart ("pesos", "dinars", "shillings", "krone") is left out: no guess.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  'pounds sterling': 'GBP',
  'british pounds': 'GBP',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'aussie dollars': 'AUD',
  'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD',
  'hong kong dollars': 'HKD',
  'taiwan dollars': 'TWD',
  rupee: 'INR',
  rupees: 'INR',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  'sri lankan rupees': 'LKR',
  ringgit: 'MYR',
  franc: 'CHF',
  francs: 'CHF',
  'swiss francs': 'CHF',
  yen: 'JPY',
  'japanese yen': 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  won: 'KRW',
  'korean won': 'KRW',
  baht: 'THB',
  'thai baht': 'THB',
  zloty: 'PLN',
  zlotys: 'PLN',
  zlotych: 'PLN',
  rand: 'ZAR',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  shekel: 'ILS',
  shekels: 'ILS',
  krona: 'SEK',
  kronor: 'SEK',
  'swedish krona': 'SEK',
  'swedish kronor': 'SEK',
  'norwegian krone': 'NOK',
  'norwegian kroner': 'NOK',
  'danish krone': 'DKK',
  'danish kroner': 'DKK',
  rupiah: 'IDR',
  dong: 'VND',
  'philippine pesos': 'PHP',
  'mexican pesos': 'MXN',
  lira: 'TRY',
  'turkish lira': 'TRY',
  naira: 'NGN',
  reais: 'BRL',
  'brazilian real': 'BRL',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  forint: 'HUF',
  koruna: 'CZK',
  'czech koruna': 'CZK',
  taka: 'BDT',
  hryvnia: 'UAH',
  lei: 'RON',
  'kenyan shillings': 'KES',
};

/**
 * ISO codes that are also English words or the names of skills and companies ("all", "top", "try", "php",
 * "amd"): read as a currency only after "paid in" or "salary in", never on their own or after a bare "in".
 */
export const CURRENCY_CODES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  'all top try cup pen mad bob gel sos mop ron rub bam cop php amd ang lak nad mur dop pab omr etb ves cdf awg mdl mkd npr ern std svc xsu xdr gip tmt sle sll cuc bif'.split(
    ' ',
  ),
);

/**
 * Codes common enough to be read as a currency when typed on their own in lower case ("jobs sgd"). Not "cad":
 * on its own it is as often computer-aided design.
 */
export const MAJOR_CURRENCY_CODES: ReadonlySet<string> = new Set(
  'usd gbp eur jpy inr sgd aud chf sek nok dkk nzd hkd cny krw myr thb idr zar aed brl mxn pln czk huf ils rub twd vnd'.split(
    ' ',
  ),
);
