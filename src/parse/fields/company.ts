/**
 * The employer, chosen by evidence. Every place a page states a company proposes a candidate with where it
 * came from; candidates naming the same company pool their evidence; the best is taken only when its
 * evidence reaches COMPANY_THRESHOLD and beats the runner-up, otherwise the company is null. A name that
 * reads as page chrome (a search box, a pager link, a category row, a section heading, a common word) is
 * never a candidate, whatever its evidence. Only ever given noise-free text, so a company that appears only
 * in a "Similar jobs" list cannot be chosen.
 */

import { matchHeading } from '../segment/sections.ts';
import { SKILL_NAMES } from './skills.ts';
import { isRoleNoun } from './title.ts';

/** Where a candidate was seen. */
export type CompanySource =
  | 'label'
  | 'structured'
  | 'siteName'
  | 'siteBrand'
  | 'copyright'
  | 'titleAt'
  | 'topCard'
  | 'factRow'
  | 'titleBar'
  | 'besideTitle'
  | 'titleDash'
  | 'postedBy'
  | 'headerLine'
  | 'prose'
  | 'eeo'
  | 'hiringSentence'
  | 'openingSubject'
  | 'selfNamed'
  | 'pageTitle'
  | 'atsAccount'
  | 'domain'
  | 'logoAlt';

/**
 * How much one sighting of each kind counts, and why. A label or the site's own name settles it alone; a
 * header line needs to sit beside the title or be backed by the prose; prose, domains and logos only back up.
 */
export const COMPANY_WEIGHTS: Readonly<Record<CompanySource, { weight: number; why: string }>> = {
  label: { weight: 6, why: 'the page says so: "Company: Acme", "Employer", "Hiring organisation"' },
  structured: {
    weight: 6,
    why: 'the page\'s JSON-LD names it (hiringOrganization.name); vetoed like any name: a board, "Confidential", a blank',
  },
  siteName: { weight: 4, why: 'the site names itself: "Acme - Careers", "Careers at Acme"' },
  siteBrand: {
    weight: 2.5,
    why: "the name above a careers site's own menu (a board's name above its menu is vetoed as a board)",
  },
  copyright: { weight: 2.5, why: '"© 2026 Acme Ltd" in the footer: the site\'s owner (boards are vetoed)' },
  titleAt: { weight: 4, why: '"Senior Engineer at Acme": "at" after a role introduces the employer' },
  topCard: {
    weight: 4,
    why: 'first part of a LinkedIn top card: "Acme · New York, NY (Remote) · 2 weeks ago · 6 applicants"',
  },
  factRow: {
    weight: 3,
    why: 'first part of a fact row that holds the title: "Acme | Senior Engineer | Remote"',
  },
  titleBar: { weight: 3, why: '"Senior Engineer | Acme": after a bar comes the company' },
  besideTitle: {
    weight: 3,
    why: 'a name alone on the line right above or below the title (LinkedIn 2024, Lever)',
  },
  postedBy: {
    weight: 3,
    why: '"Posted 6 days ago by Acme Ltd" (Reed, CV-Library): the advertiser, which an agency ad rules out',
  },
  titleDash: { weight: 1.5, why: '"Senior Engineer - Acme": a dash also introduces teams and places' },
  headerLine: { weight: 1.5, why: 'a name-like line elsewhere in the header' },
  prose: {
    weight: 1.25,
    why: 'each sentence that names an employer: "at Acme", "join Acme", "Acme is", "Acme\'s", "About Acme", "Acme (YC W21)"',
  },
  eeo: {
    weight: 3,
    why: '"Acme is an equal opportunity employer": only the employer makes that statement',
  },
  hiringSentence: {
    weight: 3,
    why: '"Kelpie Networks is hiring Python and Go developers": the employer announces itself',
  },
  openingSubject: {
    weight: 2,
    why: 'the description or its "About us" opens on the name as subject: "Badger State Mutual has insured farms…"',
  },
  selfNamed: {
    weight: 2.5,
    why: '"We (Drystone, a small software shop) need…", "We at Acme…": the writers name themselves',
  },
  pageTitle: {
    weight: 3,
    why: 'the page\'s <title> beside the job title: "Payroll Specialist | Sawtooth Credit Union", "… - Acme Careers"',
  },
  atsAccount: {
    weight: 1,
    why: "the hiring system's account in the page's address: acme.wd5.myworkdayjobs.com, jobs.lever.co/acme (backs a name)",
  },
  domain: {
    weight: 1,
    why: 'an e-mail or link domain: jobs@acme.io, acme.io/careers (backs a name, rarely one alone)',
  },
  logoAlt: {
    weight: 2,
    why: 'a logo\'s alt text: "Acme Media logo" (boards print the employer\'s logo above the posting)',
  },
};

/** A name written with its legal form ("Maelor Insurance Brokers Ltd has…") is a registered company. */
const LEGAL_NAME_WEIGHT = 2;
/** Prose sentences count at most this many times: a long page about itself proves no more. */
const PROSE_CAP = 3;
/** Each further mention of the name anywhere in the posting, up to RECURRENCE_CAP in all. */
const RECURRENCE_WEIGHT = 0.5;
const RECURRENCE_CAP = 2;
/** Below this, no company: a wrong employer is worse than none. */
export const COMPANY_THRESHOLD = 3;
/** The best must beat a different runner-up by this much, or the page is ambiguous. */
const COMPANY_MARGIN = 1;
/** Sources that state a name near the title, where a district or region line is also printed. */
const HEADER_SOURCES = new Set<CompanySource>([
  // A JSON-LD organisation that is only a place name is a mis-filled field, not an employer.
  'structured',
  // "Durham is a city…", "Dubai Marina | Senior Engineer": a place opens sentences and titles too.
  'openingSubject',
  'pageTitle',
  'topCard',
  'factRow',
  'titleBar',
  'besideTitle',
  'titleDash',
  'headerLine',
  'siteName',
]);

export interface CompanyCandidate {
  name: string;
  source: CompanySource;
  /** The text it was read from, so a wrong pick can be explained. */
  evidence: string;
}

export interface CompanyChoice {
  name: string;
  score: number;
  evidence: CompanyCandidate[];
}

export interface CompanyContext {
  /** The posting's noise-free text, where a name's recurrence and common words are counted. */
  body: string;
  /** Whether a name reads as a place ("Petaling Jaya", "North Yorkshire"). */
  isPlace: (name: string) => boolean;
}

/** Words of a name sit on one line: a heading above a paragraph is not part of the name that starts it. */
// Up to five words, so "Victoria Harbour Capital Ltd is" is read whole rather than from its second word.
// A legal form after a comma belongs to the name ("Harlan & Voss, LLC is …").
const NAME =
  "[A-Z][A-Za-z0-9&.'-]*(?: +(?:[A-Z][A-Za-z0-9&.'-]*|&)){0,4}(?:,? (?:Inc|LLC|Ltd|LLP|LP|PLC|plc|GmbH|AG|Pty Ltd|Pte Ltd)\\.?)?";

/** Contexts in which a capitalised name is almost always the employer. */
const COMPANY_CONTEXTS = [
  new RegExp(`(${NAME})'s\\b`, 'g'),
  new RegExp(`\\b(?:at|At|join|Join|joining|Joining|about|About|with|With) +(${NAME})\\b`, 'g'),
  new RegExp(
    `\\b(${NAME}) +(?:is|was|are|has|builds|offers|provides|helps|transformed|makes|believes|values|sells|runs|processes|creates|designs|develops|delivers|protects|powers|serves|operates|connects|lets|enables|supports|welcomes|was founded|started)\\b`,
    'g',
  ),
  // "Acme (YC W21)": a startup's batch follows its name.
  new RegExp(`\\b(${NAME}) +\\((?:YC|Y Combinator) [SWF]?\\d{2}\\)`, 'g'),
  // "Brentmoor Hospitality Group owns eleven hotels": a paragraph that opens on a name and a verb.
  new RegExp(`(?:^|\\n)(${NAME}) +[a-z]{3,}s\\b`, 'g'),
];

/** Capitalised words that start sentences or name things other than an employer. */
const NOT_COMPANIES = new Set(
  `We You Our Your The This That These Those It Its In At As If On For From With Join About Every Each All Today
  Here There They Their He She His Her Who What When Where Why How And Or But So Also Yes No Please Apply Note
  Team Teams Role Roles Position Job Jobs Company Companies Home Search Browse Engineering Product Design Data
  Research Science Sales Marketing Operations Finance Legal People HR Support Security Infrastructure Platform
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December AI ML LLM LLMs API APIs US USA UK EU Europe America North South East West
  Remote Hybrid Senior Junior Staff Principal Lead Manager Engineer Director Intern Head New Now Made Discover
  Client Clients Candidate Candidates Employer Employers Us Me My Any Some Most More Great Full Part`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * Page chrome and common words that boards print where a company could stand: search boxes ("What",
 * "Where"), buttons, pager links, footer headings, anonymous-advertiser placeholders. Lower case.
 */
const CHROME_NAMES = new Set([
  'what',
  'where',
  'keywords',
  'find jobs',
  'find a job',
  'search',
  'search jobs',
  'job search',
  'apply',
  'apply now',
  'easy apply',
  'quick apply',
  'save',
  'saved',
  'save job',
  'share',
  'report',
  'next',
  'previous',
  'next job',
  'previous job',
  'back',
  'articles',
  'company reviews',
  'reviews',
  'salaries',
  'career advice',
  'career resources',
  'resources',
  'community',
  'help',
  'help centre',
  'help center',
  'about',
  'about us',
  'contact',
  'contact us',
  'home',
  'jobs',
  'careers',
  'companies',
  'employers',
  'for employers',
  'menu',
  'sign in',
  'log in',
  'register',
  'overview',
  'benefits',
  'details',
  'job details',
  'description',
  'full job description',
  'confidential',
  'company confidential',
  'confidential company',
  'company',
  'employer',
  'hiring company',
  'not specified',
  'not disclosed',
  'n/a',
  'na',
  'none',
  'unknown',
  'private',
  'anonymous',
  'undisclosed',
  'private advertiser',
  'our client',
  'the client',
  'client',
  'care',
  'nurse',
  'health',
  'work',
  'people',
  'talent',
  'hiring',
  'recruitment',
  'staff',
  'services',
  'total',
  'candidate home',
  'recruiters',
  'unternehmen',
  'deutsch',
  'english',
  'français',
  'search for',
  'trouver un job',
  'view all jobs',
  'show more options',
  'courses',
  'recruiting?',
  // The same chrome and contract words on French, German and Indonesian boards.
  'cdi',
  'cdd',
  'stage',
  'alternance',
  'postuler',
  'sauvegarder',
  'le poste',
  'descriptif du poste',
  'se connecter',
  'trouver un job',
  'trouver une entreprise',
  'festanstellung',
  'vollzeit',
  'teilzeit',
  'befristet',
  'unbefristet',
  'gehalt',
  'anmelden',
  'unternehmen',
  'für arbeitgeber',
  'karriereberatung',
  'jobs finden',
  'jetzt bewerben',
  'profil',
  'cari lowongan',
  'saran karier',
  'jelajahi perusahaan',
  'masuk',
  'situs perusahaan',
  'lamar',
  'simpan',
]);

/** Job boards and hiring systems: their name (or "StepStone Deutschland GmbH", "Workday, Inc.") is the site's. */
const BOARD_NAMES = new Set(
  'seek indeed linkedin glassdoor reed reed.co.uk totaljobs cv-library cv library jobstreet naukri stepstone monster ziprecruiter wellfound workday myworkdayjobs greenhouse lever ashby smartrecruiters workable bamboohr personio teamtailor recruitee jobvite icims taleo dice careerbuilder simplyhired adzuna jooble jora talent.com breezyhr jazzhr'.split(
    ' ',
  ),
);
const MULTI_WORD_BOARDS = ['welcome to the jungle', 'hacker news', 'y combinator', 'cv library'];

function isBoardName(key: string): boolean {
  const first = key.split(' ')[0]!;
  return (
    BOARD_NAMES.has(key) || BOARD_NAMES.has(first) || MULTI_WORD_BOARDS.some((board) => key.startsWith(board))
  );
}

/** Legal forms: a name ending in one keeps it; one standing alone is the tail of a name cut at its comma. */
const LEGAL_FORM =
  /^(?:Inc|LLC|L\.L\.C|Ltd|Limited|LP|L\.P|LLP|PLC|Corp|Co|GmbH|AG|SE|SA|S\.A|SAS|SARL|BV|B\.V|NV|N\.V|Pte|Pty|Pvt|Bhd|Sdn Bhd|Tbk|Oy|AB|AS|ApS|KK|SpA|Srl)\.?$/i;
const LEGAL_TAIL =
  /,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|LP|L\.P|LLP|PLC|Corp|Co|GmbH|AG|SE|SA|S\.A|SAS|BV|B\.V|NV|N\.V|Pte\.? Ltd|Pty\.? Ltd|Pvt\.? Ltd|Sdn\.? Bhd|Bhd|Tbk|Oy|AB|AS|KK)\.?$/i;
/** "Developers/Programmers (Information & Communication Technology)": a board's category row. */
const CATEGORY_ROW = /\((?:[^()]*\s(?:&|and)\s[^()]*)\)$/;
const PAGER = /^(?:next|previous|prev)\b|[<>›»]\s*$|^\s*[<‹«]/i;
const WIDGET =
  /\b(?:salary|salaries|wages?|checker|calculator|estimator|cookies?|newsletter|job alerts?)\b|\bpay (?:guide|scale|check|calculator)\b/i;
/** "Our client, a leading retailer": a recruitment agency's ad, which does not name the employer. */
const AGENCY_AD =
  /\bis acting as an? employment (?:agency|business)\b|\b(?:our|my) client(?:,|\s+(?:is|are|a|an|who|based|has|based|seeks|requires|currently))|\bon behalf of (?:our|a|an|my) (?:client|leading)\b/i;
const EMAIL_DOMAIN = /\b[\w.+-]+@([a-z0-9][a-z0-9-]*)\.[a-z]{2,}(?:\.[a-z]{2})?\b/gi;
const LINK_DOMAIN =
  /\b(?:https?:\/\/)?(?:www\.|jobs\.|careers\.)?([a-z0-9][a-z0-9-]*)\.(?:com|io|ai|co|dev|org|net|app|tech|co\.uk|com\.au|com\.sg|com\.my|co\.id)\/(?:careers|jobs)\b/gi;
const CAREERS_PATH = /\/(?:careers|jobs)\b/i;
/** Domains that host postings for others: they name the board or mail service, never the employer. */
const HOST_DOMAINS = new Set(
  'gmail googlemail yahoo hotmail outlook icloud proton protonmail live msn aol mail gmx linkedin indeed glassdoor seek jobstreet reed totaljobs cv-library naukri stepstone welcometothejungle greenhouse lever workday myworkdayjobs ashbyhq smartrecruiters workable bamboohr recruitee teamtailor personio jobvite icims taleo breezy ycombinator news github google'.split(
    ' ',
  ),
);

/** The key candidates are pooled under: case, punctuation and legal form ignored. */
function keyOf(name: string): string {
  return name
    .replace(LEGAL_TAIL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}@/_]/u;
const JOINER = /[.-]/;

/** Whether text[at] does not continue a word: "tidewell.io" and "dan@tidewell" do, "Acme." and "Acme's" do not. */
function isBoundary(text: string, at: number, step: 1 | -1): boolean {
  const char = text[at];
  if (char === undefined) return true;
  if (WORD_CHAR.test(char)) return false;
  if (JOINER.test(char)) {
    const beyond = text[at + step];
    return beyond === undefined || !WORD_CHAR.test(beyond);
  }
  return true;
}

/** Occurrences of `word` in `text` standing as a whole word (not inside an address); linear, no pattern per call. */
function countWhole(text: string, word: string, limit: number): number {
  if (word === '') return 0;
  let count = 0;
  let at = text.indexOf(word);
  while (at >= 0 && count < limit) {
    if (isBoundary(text, at - 1, -1) && isBoundary(text, at + word.length, 1)) count++;
    at = text.indexOf(word, at + word.length);
  }
  return count;
}

/**
 * Whether a name can never be a company, whatever its evidence: chrome, headings, categories, pager links,
 * widgets, bare legal forms, roles, skills, common words and (for header sources) places.
 */
export function isNeverCompany(name: string, source: CompanySource, context: CompanyContext): boolean {
  const lower = name.toLowerCase().trim();
  if (lower.length < 2 || CHROME_NAMES.has(lower) || LEGAL_FORM.test(name)) return true;
  if (NOT_COMPANIES.has(name) || SKILL_NAMES.has(name) || isBoardName(keyOf(name))) return true;
  if (
    PAGER.test(name) ||
    CATEGORY_ROW.test(name) ||
    (source !== 'label' && source !== 'structured' && WIDGET.test(name))
  )
    return true;
  if (matchHeading(name) !== null && !/^about\s/i.test(name)) return true;
  const words = name.split(/\s+/);
  // "Hours are 9-5", "Closing Date is …": words that open sentences about the job, never an employer alone.
  if (source !== 'label' && source !== 'structured' && OPENING_STOP.has(words[0]!) && words.length <= 2)
    return true;
  // "Nurse", "Senior Engineer": a role; "Acme Partners" keeps its plural.
  const last = words[words.length - 1]!;
  if (isRoleNoun(last) && !LEGAL_FORM.test(last) && !/s$/i.test(last)) return true;
  if (source !== 'label' && HEADER_SOURCES.has(source) && context.isPlace(name)) return true;
  // A single word the posting also writes in lower case ("personal care", "apply") is a word, not a name.
  if (words.length === 1 && !/[A-Z].*[A-Z]/.test(name) && countWhole(context.body, lower, 1) > 0) return true;
  return false;
}

const EEO_STATEMENT = new RegExp(
  `\\b(${NAME}),? (?:is|are) (?:an? |proud to be an? )?(?:equal (?:employment )?opportunity|EEO|affirmative action)`,
  'g',
);
const HIRING_STATEMENT = new RegExp(
  `(?:^|\\n|\\] )(${NAME}) (?:is|are) (?:now |currently )?(?:hiring|looking for|seeking)\\b`,
  'g',
);

/**
 * Where an employer names itself: near the top ("About us", the first paragraph) and at the end (the
 * equal-opportunity statement). A very long page is read at both ends only, which keeps this cheap.
 */
const PROSE_HEAD = 8_000;
const PROSE_TAIL = 3_000;

/** "We (Drystone, a small software shop in Kendal) need …", "We at Acme …", "We're Acme, a …": the writers' own name. */
const SELF_NAMED = new RegExp(
  `\\b(?:We|we) \\((${NAME})[,)]|\\b(?:We|we|Here) at (${NAME})\\b|\\b(?:We are|We're|we are|we're) (${NAME})[,.]`,
  'g',
);

/** Prose sightings: each sentence that names an employer proposes that name once. */
export function proseCandidates(fullText: string): CompanyCandidate[] {
  const text =
    fullText.length <= PROSE_HEAD + PROSE_TAIL
      ? fullText
      : `${fullText.slice(0, PROSE_HEAD)}\n${fullText.slice(-PROSE_TAIL)}`;
  const out: CompanyCandidate[] = [];
  for (const [pattern, source] of [
    [EEO_STATEMENT, 'eeo'],
    [HIRING_STATEMENT, 'hiringSentence'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const name = cleanName(match[1] ?? '');
      if (name) out.push({ name, source, evidence: match[0] });
    }
  }
  for (const match of text.matchAll(SELF_NAMED)) {
    const name = cleanName(match[1] ?? match[2] ?? match[3] ?? '');
    if (name) out.push({ name, source: 'selfNamed', evidence: match[0] });
  }
  for (const pattern of COMPANY_CONTEXTS) {
    for (const match of text.matchAll(pattern)) {
      const name = cleanName(match[1] ?? '');
      if (name) out.push({ name, source: 'prose', evidence: match[0] });
    }
  }
  return out;
}

const OPENING_SUBJECT = new RegExp(`^(${NAME}) +(?:[a-z][\\w'-]*)\\b`);
/** Words that open sentences in the boards' languages without naming anyone ("Two founders…", "Wir sind…"). */
const OPENING_STOP = new Set(
  'One Two Three Four Five Six Seven Eight Nine Ten Twelve Wir Sie Ich Unser Unsere Die Der Das Ein Eine Nous Vous Notre Nos Le La Les Un Une Kami Anda Please Apply Send Email Interested Applications Candidates Successful Reporting Working Based Located Join Help Looking Closing Start Starting Salary Hours Pay Location Shift Shifts Interviews Travel Training Contract Holiday Holidays Annual Competitive Duties Key Main Deadline Pension Overtime Free Flexible Immediate Benefits Responsibilities Requirements Experience Applicants Hiring Position Role Job'.split(
    ' ',
  ),
);
/** Headings under which a posting introduces its employer. */
const ABOUT_HEADING =
  /^(?:about us|about the company|about the employer|who we are|the company|company description|company profile|über uns|qui sommes-nous)\s*:?$/i;

/**
 * The subject of the description's first sentence and of an "About us" section's first sentence:
 * "Tessaro Automotive Systems supplies seating…", "Badger State Mutual has insured farms…". Pages introduce
 * their employer first; a sentence that opens on "We", "The" or "Our" proposes nothing.
 */
export function openingSubjectCandidates(prose: string): CompanyCandidate[] {
  const lines = prose.split('\n').map((line) => line.trim());
  const out: CompanyCandidate[] = [];
  const consider = (line: string | undefined) => {
    if (line === undefined) return;
    const name = OPENING_SUBJECT.exec(line)?.[1]?.replace(/[.'-]+$/, '');
    const first = name?.split(' ')[0];
    if (!name || first === undefined || NOT_COMPANIES.has(first) || OPENING_STOP.has(first)) return;
    // One plain word opening a sentence is as often a noun ("Hours are 9-5") as a name: only "HubSpot", "IBM", "3M".
    if (!name.includes(' ') && !/[A-Z].*[A-Z]|\d/.test(name)) return;
    out.push({ name, source: 'openingSubject', evidence: line.slice(0, 80) });
  };
  // A sentence, not a label row ("Expected hours: 20 - 28 per week") or a heading that runs long.
  const isSentence = (line: string) => {
    const words = line.split(' ').length;
    return words >= 6 && (/[.!]$/.test(line) || words >= 12) && !/^[^:]{1,40}:/.test(line);
  };
  const sentence = (line: string) => isSentence(line) && matchHeading(line) === null;
  consider(lines.find(sentence));
  // Workday and many career sites close the description on the employer's paragraph instead.
  consider(lines.findLast(sentence));
  const about = lines.findIndex((line) => ABOUT_HEADING.test(line));
  if (about >= 0) consider(lines.slice(about + 1).find((line) => line !== ''));
  return out;
}

/** Hiring systems that put the employer's account in the address: the host's first label or the path's first part. */
const ATS_ACCOUNT =
  /\b([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com(?:\/[a-z]{2}-[A-Z]{2})?(?:\/([A-Za-z0-9_-]+))?|\b(?:boards|job-boards)\.greenhouse\.io\/([a-z0-9-]+)|\bjobs\.(?:lever\.co|ashbyhq\.com|smartrecruiters\.com)\/([A-Za-z0-9-]+)|\bapply\.workable\.com\/([a-z0-9-]+)|\b([a-z0-9-]+)\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|jobs\.personio\.de)\b/g;
/** Words a Workday site path adds to the employer's name ("Badger_State_Mutual_Careers", "External"). */
const SITE_PATH_WORDS = /^(?:careers?|external|jobs?|site|en|us|global|recruiting|opportunities)$/i;

/** "BadgerStateMutual_Careers" -> "Badger State Mutual"; null when nothing but site words is left. */
function nameFromSitePath(path: string): string | null {
  const words = path
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .filter((word) => word !== '' && !SITE_PATH_WORDS.test(word));
  return words.length > 0 && words.join('').length >= 3 ? words.join(' ') : null;
}

/**
 * acme.wd5.myworkdayjobs.com/Acme_Careers, jobs.lever.co/acme: the employer's account on its hiring system,
 * weak evidence that backs the name it spells (it is often abbreviated, so it rarely decides alone).
 */
export function atsAccountCandidates(text: string): CompanyCandidate[] {
  if (
    !/myworkdayjobs|greenhouse|lever\.co|ashbyhq|smartrecruiters|workable|bamboohr|recruitee|teamtailor|personio/.test(
      text,
    )
  )
    return [];
  const out: CompanyCandidate[] = [];
  for (const match of text.matchAll(ATS_ACCOUNT)) {
    const [evidence, tenant, sitePath, ...others] = match;
    const site = sitePath ? nameFromSitePath(sitePath) : null;
    if (site) out.push({ name: site, source: 'atsAccount', evidence });
    const account = tenant ?? others.find((part) => part !== undefined);
    if (account && account.length >= 3 && !/^wd\d+$/.test(account))
      out.push({ name: nameFromDomain(account.toLowerCase()), source: 'atsAccount', evidence });
  }
  return out;
}

/** jobs@acme.io, acme.io/careers: the domain's name, as weak evidence for the company it belongs to. */
export function domainCandidates(text: string): CompanyCandidate[] {
  const out: CompanyCandidate[] = [];
  // Most postings hold no address at all: the patterns only run where a cheap test finds one.
  const patterns = [
    ...(text.includes('@') ? [EMAIL_DOMAIN] : []),
    ...(CAREERS_PATH.test(text) ? [LINK_DOMAIN] : []),
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const label = (match[1] ?? '').toLowerCase();
      if (label.length < 3 || HOST_DOMAINS.has(label)) continue;
      out.push({ name: nameFromDomain(label), source: 'domain', evidence: match[0] });
    }
  }
  return out;
}

/** "saltmarsh-instruments" -> "Saltmarsh Instruments". */
export function nameFromDomain(label: string): string {
  return label
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

const COPYRIGHT =
  /^(?:copyright\s*)?©\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,80}?)[.,]?(?:\s+all rights reserved\.?)?$/i;

/** "© 2026 Kauri Ridge Refrigeration Limited. All rights reserved." -> the site's owner, or null. */
export function copyrightName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const name = COPYRIGHT.exec(line.trim())?.[1]?.trim();
    if (name && !/\d{4}/.test(name) && /^[\p{Lu}\p{N}]/u.test(name)) return name;
  }
  return null;
}

const LOGO = /^(.{2,60}?)\s+(?:company\s+)?logo$/i;

/** "Acme Media logo" -> "Acme Media": a logo names its owner, weakly. */
export function logoName(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 80 || !trimmed.toLowerCase().endsWith('logo')) return null;
  const match = LOGO.exec(trimmed);
  return match ? match[1]! : null;
}

/** Whether a page is a recruitment agency's ad that keeps its client's name to itself. */
export function isAgencyAd(text: string): boolean {
  return AGENCY_AD.test(text);
}

interface Pool {
  key: string;
  /** The spelling from the strongest source. */
  name: string;
  best: number;
  evidence: CompanyCandidate[];
}

/**
 * The company the evidence supports, or null. Weak sightings (prose, domains, logos) whose name starts a
 * stronger candidate's name ("Northwind" in "Northwind Ledger") back that candidate rather than compete.
 */
export function chooseCompany(
  candidates: readonly CompanyCandidate[],
  context: CompanyContext,
): CompanyChoice | null {
  const agency = isAgencyAd(context.body);
  const pools = new Map<string, Pool>();
  for (const candidate of candidates) {
    const name = candidate.name.trim();
    if (agency && candidate.source !== 'label') continue;
    if (isNeverCompany(name, candidate.source, context)) continue;
    const key = keyOf(name);
    if (key === '') continue;
    const weight = COMPANY_WEIGHTS[candidate.source].weight;
    const pool = pools.get(key);
    if (!pool) pools.set(key, { key, name, best: weight, evidence: [candidate] });
    else {
      pool.evidence.push(candidate);
      if (weight > pool.best) {
        pool.best = weight;
        pool.name = name;
      }
    }
  }
  // Sightings that back a name printed elsewhere: a sentence's "Palisade" is the header's "Palisade Security".
  const weak = new Set<CompanySource>([
    'prose',
    'eeo',
    'hiringSentence',
    'selfNamed',
    'openingSubject',
    'domain',
    'atsAccount',
    'logoAlt',
  ]);
  // "Kelpie Networks" and the domain kelpienetworks.eu are one name however they are spelled.
  const bySquashed = new Map<string, Pool>();
  for (const pool of [...pools.values()]) {
    const squashed = pool.key.replace(/ /g, '');
    const same = bySquashed.get(squashed);
    if (!same) {
      bySquashed.set(squashed, pool);
      continue;
    }
    const [keep, drop] = pool.evidence.some((c) => c.source !== 'domain') ? [pool, same] : [same, pool];
    keep.evidence.push(...drop.evidence);
    pools.delete(drop.key);
    bySquashed.set(squashed, keep);
  }
  const all = [...pools.values()];
  for (const pool of all) {
    if (!pool.evidence.every((candidate) => weak.has(candidate.source))) continue;
    const squashed = pool.key.replace(/ /g, '');
    const host = all.find(
      (other) =>
        other !== pool &&
        other.evidence.some((candidate) => !weak.has(candidate.source)) &&
        (other.key.startsWith(`${pool.key} `) || other.key.replace(/ /g, '') === squashed),
    );
    if (host) {
      host.evidence.push(...pool.evidence);
      pools.delete(pool.key);
    }
  }

  const scored = [...pools.values()].map((pool) => ({ pool, score: scoreOf(pool, context.body) }));
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < COMPANY_THRESHOLD) return null;
  if (second && first.score - second.score < COMPANY_MARGIN && first.score < 2 * COMPANY_THRESHOLD)
    return null;
  return { name: first.pool.name, score: first.score, evidence: first.pool.evidence };
}

function scoreOf(pool: Pool, body: string): number {
  let score = 0;
  const seen = new Set<CompanySource>();
  let prose = 0;
  for (const candidate of pool.evidence) {
    if (candidate.source === 'prose') {
      if (prose++ < PROSE_CAP) score += COMPANY_WEIGHTS.prose.weight;
      continue;
    }
    // One source counts once: a name printed in two header lines is still one header sighting.
    if (seen.has(candidate.source)) continue;
    seen.add(candidate.source);
    score += COMPANY_WEIGHTS[candidate.source].weight;
  }
  if (pool.evidence.some((candidate) => LEGAL_TAIL.test(candidate.name))) score += LEGAL_NAME_WEIGHT;
  const mentions = countWhole(
    body,
    pool.name.replace(LEGAL_TAIL, ''),
    1 + RECURRENCE_CAP / RECURRENCE_WEIGHT,
  );
  return score + Math.min(RECURRENCE_CAP, Math.max(0, mentions - 1) * RECURRENCE_WEIGHT);
}

function cleanName(name: string): string | null {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_COMPANIES.has(words[0]!)) words.shift();
  while (words.length > 0 && NOT_COMPANIES.has(words[words.length - 1]!)) words.pop();
  const out = words.join(' ').replace(/[.'-]+$/, '');
  return out.length >= 2 ? out : null;
}

/** The name the prose keeps coming back to as the employer ("Spotify's", "At Spotify", "Spotify is"), or null. */
export function dominantName(text: string): string | null {
  const counts = new Map<string, number>();
  for (const candidate of proseCandidates(text))
    counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  return best !== null && best[1] >= 2 ? best[0] : null;
}

/** "The Personalization team …", "The Personalization (PZN) team", "our Ledger Core group". */
export function teamFromProse(text: string): string | null {
  const match =
    /\b(?:The|the|Our|our|join the|Join the) +((?:[A-Z][\w&'-]*)(?: +[A-Z][\w&'-]*){0,3}) +(?:\([A-Z]{2,6}\) +)?(?:team|squad|group)\b/.exec(
      text,
    );
  if (!match) return null;
  const name = match[1]!;
  return NOT_COMPANIES.has(name) ? null : name;
}
