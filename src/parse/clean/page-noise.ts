import { endsWithRoleNoun, hasRoleWord } from '../fields/title.ts';
import { matchHeading } from '../segment/sections.ts';
import { collapseBlankLines } from './normalise-text.ts';

/**
 * Separates a posting from the page around it. Saved pages carry navigation, sign-up prompts, ghost-score
 * panels and lists of other companies' jobs; none of that may reach a field, but some of it (the posting
 * date, the "via lever" board) describes this posting and is kept aside as `meta`.
 */

export interface CleanPage {
  /** The posting's own lines, normalised, blank lines between paragraphs. */
  body: string;
  /** Page chrome and listing panels about this posting: read for dates and the board, never shown. */
  meta: string;
  /** The page said the text was cut ("… full job details …", "see more"). */
  truncationMarker: boolean;
  /** What followed the posting (other jobs, forms, footers): only ever read to name the board. */
  tail: string;
  /** The employer named by the page's own label ("Acme - Careers", "Careers at Acme"), if any. */
  siteName: string | null;
  /** The name above a site's own menu at the top of the page ("Gallatin Peak Outfitters" over "Shop / Men / …"). */
  brand: string | null;
}

const SITE_LABEL =
  /^(?:(?:careers at|jobs at|karriere bei|work at)\s+(.+?)|(.+?)\s*(?:[-|:]\s*)?(?:careers|jobs|open roles|open positions|career site|karriere))$/i;

/** The company inside a site label line, or null when the line is not one. */
export function siteLabelName(line: string): string | null {
  const match = SITE_LABEL.exec(line.trim());
  const name = (match?.[1] ?? match?.[2])?.trim();
  if (!name || name.length < 2 || name.split(' ').length > 5 || !/^[A-Z0-9]/.test(name)) return null;
  return /^(?:find|search|browse|all|post|our|open|view|more|see|latest|new)\b/i.test(name) ? null : name;
}

/**
 * Headings of lists of other postings ("Similar jobs", "People also viewed", "Jobs nearby"). Such a list is
 * cut to the end of its block, not of the page: boards save a sidebar list before the description ends.
 */
const JOB_LISTS =
  /^(?:similar (?:startup )?(?:jobs|positions|roles|vacancies)|people also (?:viewed|applied|searched)|more jobs like this|(?:show )?more jobs|jobs (?:you may (?:be interested in|like)|nearby|near you|for you)|you may also like|recommended (?:jobs|for you)|related (?:jobs|positions)|explore other jobs|similar contracts|other (?:jobs|openings|positions|roles) at|more (?:jobs|openings|roles) (?:at|from)|explore (?:more )?jobs|ces offres pourraient (?:aussi |également )?vous intéresser|offres similaires|ähnliche (?:jobs|stellen(?:angebote)?)|lowongan (?:kerja )?serupa)/i;

/** From one of these headings to the end of the page: forms, alert prompts and footers, never this posting. */
const PAGE_END =
  /^(?:company overview$|voluntary self-identification|do you want to receive more vacancies|subscribe and receive|get notified about new|sign in to create (?:a )?job alert|set up (?:a )?job alert|©|copyright ©)/i;

/** Either kind of heading: where the posting's own text stops. */
function isOtherPostings(line: string): boolean {
  const bare = line.replace(/^- /, '');
  return JOB_LISTS.test(bare) || PAGE_END.test(bare);
}

/**
 * "More jobs from this company" under the employer's name is a link on the posting's own company card, not
 * a list: above the posting's first sentence it is chrome.
 */
const COMPANY_LINK =
  /^(?:more|other|all|view all|see all) jobs (?:from|at|by) this (?:company|employer|advertiser)$/i;

/**
 * A sentence of posting text, as opposed to the lines of a job card (title, company, place, pay, age) or a
 * card's snippet, which ends in an ellipsis.
 */
function isSentence(line: string): boolean {
  if (/(?:…|\.\.\.)$/.test(line) || /\s[·|]\s/.test(line)) return false;
  const words = line.split(/\s+/);
  // A card's one-line form ("Senior iOS Engineer at Cardamom Pay, Porto") is names; a sentence is mostly words.
  const named = words.filter((word) => /^[\p{Lu}]/u.test(word)).length;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  if (lower < named) return false;
  return words.length >= 10 || (words.length >= 5 && /[.!]$/.test(line));
}

/** The posting's text resumes after a list only where at least this many sentences follow. */
const RESUMED_SENTENCES = 2;

/**
 * Where a list of other postings that starts at `start` ends: at the first sentence after it (with the
 * section heading or the short lines that open that sentence's paragraph), when the posting's text goes on
 * there; else the end of the page. Its cards are runs of short lines, which no posting text is.
 */
export function endOfJobList(lines: readonly string[], start: number): number {
  let first = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const bare = lines[i]!.replace(/^- /, '');
    if (PAGE_END.test(bare)) return lines.length;
    if (JOB_LISTS.test(bare)) continue;
    if (isSentence(lines[i]!)) {
      first = i;
      break;
    }
  }
  if (first < 0) return lines.length;
  let sentences = 0;
  for (let i = first; i < lines.length && sentences < RESUMED_SENTENCES; i++) {
    if (isOtherPostings(lines[i]!)) break;
    if (isSentence(lines[i]!)) sentences++;
  }
  if (sentences < RESUMED_SENTENCES) return lines.length;
  // "Requirements" above its bullets, "About you" above its paragraph: the heading comes back with them.
  for (let i = first - 1; i > start; i--) if (lines[i] !== '' && matchHeading(lines[i]!)) return i;
  let paragraph = first;
  while (paragraph > start + 1 && lines[paragraph - 1] !== '') paragraph--;
  return first - paragraph <= 2 && lines[paragraph - 1] === '' ? paragraph : first;
}

/** "Quarry Data reviews": an employer-review panel, which quotes people, not the posting. */
const EMPLOYER_REVIEWS = /^(?!Company reviews$)(?:[A-Z][\w&.'-]*\s){1,5}reviews$/;

/** Panels an aggregator adds about the listing: kept as meta (the posting date lives there), not as text. */
const LISTING_PANELS =
  /^(?:listing details|posting health|signal breakdown|are you the hiring manager|promote this listing|ghost score|job insights|hiring insights)\b/i;

/** Boxes that end at the next blank line. */
const BOXES =
  /^(?:sign in to (?:view|see|continue|apply)|join now to see|meet the hiring team|hiring team|profile insights|referrals increase your chances|see who you know|we use cookies|this (?:site|website) uses cookies|cookie (?:settings|preferences|policy|consent)|by clicking ["']?accept)/i;

/**
 * A cookie banner in any of the boards' languages ("Wir verwenden Cookies, um …", "Nous utilisons des cookies
 * pour …"): a line near the top that speaks of cookies and of the site. The box runs to the next blank line.
 */
const COOKIE_BANNER =
  /\bcookies?\b.{0,120}\b(?:website|site|experience|browsing|nutzung|expérience|navigation|webseite|situs)\b|\b(?:we use|wir verwenden|nous utilisons|kami menggunakan)\b.{0,20}\bcookies?\b/i;
const COOKIE_REACH = 60;

/** Lines that are page controls or site navigation wherever they appear. */
const CHROME_LINES = new Set([
  'sign up to access all features of our service.',
  'sign up to access all features of our service',
  'job search',
  'favorites',
  'favourites',
  'create a cv',
  'new',
  'salaries',
  'subscriptions',
  'apply',
  'apply now',
  'apply for this job',
  'apply for this position',
  'apply on company website',
  'easy apply',
  "i'm interested",
  'save',
  'save job',
  'saved',
  'share',
  'share this job',
  'report',
  'report this job',
  'report job',
  'skip to main content',
  'skip to content',
  'sign in',
  'log in',
  'login',
  'sign up',
  'join now',
  'register',
  'jobs',
  'people',
  'learning',
  'home',
  'companies',
  'company reviews',
  'find jobs',
  'find salaries',
  'post a job',
  'employers',
  'messaging',
  'notifications',
  'for business',
  'show more',
  'show less',
  'see more',
  'see less',
  'read more',
  'back',
  'menu',
  'close',
  'copy link',
  'print',
  'accept',
  'accept all',
  'accept all cookies',
  'reject all',
  'manage preferences',
  'low risk',
  'medium risk',
  'high risk',
  'linkedin',
  'indeed',
  'glassdoor',
  'message',
  'submit application',
  'submit',
  'first name',
  'last name',
  'full name',
  'email',
  'email address',
  'phone',
  'phone number',
  'resume/cv',
  'resume',
  'cover letter',
  'linkedin profile',
  'website',
  'attach',
  'upload',
  'upload your resume',
  'employers / post job',
  'post job',
  'jetzt bewerben',
  'refer a friend',
  'apply for this role',
  'back to all jobs',
  'view all jobs',
  'kembali',
  'lihat semua lowongan',
  'lamaran cepat',
  'simpan',
  'zurück',
  'retour',
  'search for jobs',
  'candidate home',
  'explore companies',
  'show more options',
  'recruiting?',
  'courses',
  'view all jobs at this company',
  'salary guide',
  'career advice',
  'employer site',
  'profile',
  'back to jobs',
  'reply',
  '* required',
  'required',
  'gender',
  'yes no',
  'job details',
  'job activity',
  'overview application',
  'ziprecruiter',
  'wellfound',
  'quick apply',
  'english',
  'recruiter recently active',
  '---',
  '***',
]);

/** Lines whose start marks them as prompts or listing facts rather than posting text. */
const CHROME_PREFIXES =
  /^(?:[^>›»]{1,40} [>›»] [^>›»]{1,40} [>›»] [^>›»]{1,60}$|[\w.-]{2,30} \d+ (?:minutes?|hours?|days?|months?) ago \| |(?:[\w&/,' -]{1,50} )?jobs(?: in [\w ,'-]{1,40})?$|(?:jobs )?powered by |.{1,60} home page$|follow us\b|share this (?:job|role|position)\b|here's how the job details|find out how your skills|employer responded|do you have experience|.{0,80}\b(?:registered in (?:england|scotland|wales)|company number|registered office)\b|(?:jobs|home|careers|all jobs) [>/›»] |sign (?:up|in) to |log in to |create (?:a )?free account|be the first to apply|(?:vacancy |job )?(?:posted|reposted) (?:\d+\+? |an? |one )?(?:minutes?|hours?|days?|weeks?|months?)? ?ago\b|(?:vacancy |job )?posted (?:today|yesterday|just now)\b|over \d+ applicants|\d+ applicants|via [a-z][\w.-]*$|actively (?:hiring|recruiting)$|\d(?:\.\d)? ?★|promoted$|(?:\d+\+? |an? )(?:minutes?|hours?|days?|weeks?|months?) ago$)/i;

const BACK_LINK = /^(?:←|<|«)?\s*back to (?:all )?(?:jobs|search|results|listings|openings|job search)\b/i;

const TRUNCATION_INLINE =
  /\s*(?:\.{2,}\s*full job details\s*\.{2,}|\.{3}\s*see more|\.{3}\s*show more|\.{3}\s*read more)\s*$/i;

const KEY_TRAILER = /[\s↗→›»*:]/u;

/** The form, as compared with CHROME_LINES: lower case, no bullet, no trailing arrows, stars or colons. */
function chromeKey(line: string): string {
  const known = memo?.keys.get(line);
  if (known !== undefined) return known;
  const key = computeChromeKey(line);
  memo?.keys.set(line, key);
  return key;
}

function computeChromeKey(line: string): string {
  // Most lines have no bullet, star or trailing mark to strip: skip the three pattern passes.
  if (!line.startsWith('- ') && !line.startsWith('★') && !KEY_TRAILER.test(line.slice(-1))) {
    return line.trim().toLowerCase();
  }
  return line
    .replace(/^- /, '')
    .replace(/[\s↗→›»*:]+$/u, '')
    .replace(/^★\s*/u, '')
    .trim()
    .toLowerCase();
}

/** Words of a site's own menus and footers. */
const NAV_WORDS =
  /^(?:jobs|all jobs|home|about|about us|contact|contact us|login|log in|sign in|careers|teams|open roles|open positions|employers|career resources|privacy|privacy policy|privacy notice|privacy statement|privacy center|terms|terms of use|terms of service|cookie settings|cookies|cookie policy|impressum|datenschutz|kontakt|über uns|faq|blog|press|legal|accessibility|job alerts|register your cv|guidelines|lists|api|security|new|past|comments|ask|show|submit|search|help|life at .+|careers at .+|karriere bei .+|modern slavery statement)$/i;

/** "Home | About us | Open roles | Contact": a menu, not posting text. */
export function isNavBar(line: string): boolean {
  const parts = line
    .split(/\s+[|·•]\s+|\s{3,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 3) return false;
  if (parts.some((part) => part.split(' ').length > 4 || /[$€£₹\d]/.test(part))) return false;
  return parts.some((part) => NAV_WORDS.test(part));
}

export function isChromeLine(line: string): boolean {
  const known = memo?.chrome.get(line);
  if (known !== undefined) return known;
  const key = chromeKey(line);
  const chrome = CHROME_LINES.has(key) || CHROME_PREFIXES.test(key) || isNavBar(line);
  memo?.chrome.set(line, chrome);
  return chrome;
}

/** An application form's first line: everything after it is form fields, when it comes late in the page. */
const FORM_START =
  /^(?:apply for this (?:job|position|role)|application form|submit your application|apply now)$/i;

/**
 * A "Who is hiring?" thread holds many postings; the file is about the first comment. Its body runs from
 * the first "Company | Role | …" line to the comment's "reply" link.
 */
function firstThreadComment(lines: string[]): { body: string[]; rest: string[] } | null {
  const thread = lines.findIndex((line) => /^ask hn: who is hiring/i.test(line));
  if (thread < 0) return null;
  const start = lines.findIndex(
    (line, i) =>
      i > thread && line.split(' | ').length >= 3 && line.split(' | ').some((part) => hasRoleWord(part)),
  );
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && line.trim().toLowerCase() === 'reply');
  const stop = end < 0 ? lines.length : end;
  return { body: lines.slice(start, stop), rest: [...lines.slice(0, start), ...lines.slice(stop)] };
}

/** The labels of a board's search form: "What" / "Where" on Indeed and SEEK, "Keywords" / "Location" elsewhere. */
// Labels in the languages the boards print them ("Was: Jobtitel…", "Apa", "Quoi"), alone or with a hint.
const SEARCH_WHAT =
  /^(?:what|was|apa|quoi|keywords?(?: \/ job title)?|enter keywords|job title, .{0,40}|search by title, .{0,40})(?:: .{0,60})?$/;
const SEARCH_WHERE = /^(?:where|wo|di mana|où|location|distance|town, city or postcode)(?:: .{0,60})?$/;
/** How far down a page a search form can start: it sits in the site's header. */
const SEARCH_FORM_REACH = 40;

/**
 * A search form copied with the page ("What", "cook", "Where", "Hamilton, ON", "Find jobs"): its labels, the
 * query typed into them and the button after them are the reader's search, not the posting. Recognised by
 * its shape (a "what" label, a "where" label within three lines of it), moved to `meta`.
 */
function withoutSearchBox(lines: string[], meta: string[]): string[] {
  const reach = Math.min(lines.length, SEARCH_FORM_REACH);
  for (let i = 0; i < reach; i++) {
    if (!SEARCH_WHAT.test(chromeKey(lines[i]!))) continue;
    let where = -1;
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++)
      if (SEARCH_WHERE.test(chromeKey(lines[j]!))) where = j;
    if (where < 0) continue;
    // The value typed under "Where", then the button and the site's brand that close the form.
    // A "Where" that carries its hint inline ("Wo: Ort oder PLZ") has no value line under it.
    let end = chromeKey(lines[where]!).includes(': ') ? where + 1 : where + 2;
    while (end < lines.length && isFormCloser(lines[end]!)) end++;
    meta.push(...lines.slice(i, end));
    return [...lines.slice(0, i), ...lines.slice(end)];
  }
  return lines;
}

/** The button that ends a search form, in the boards' languages. */
const FORM_CLOSERS = new Set([
  'find jobs',
  'search',
  'search jobs',
  'find',
  'jobs finden',
  'suchen',
  'rechercher',
  'trouver',
  'cari',
]);

function isFormCloser(line: string): boolean {
  return FORM_CLOSERS.has(chromeKey(line)) || isChromeLine(line) || /^[A-Z][A-Z-]{1,15}$/.test(line);
}

/** A menu item's shape: a few words, no sentence, no figures. */
function isLinkLike(line: string): boolean {
  return line !== '' && line.length <= 30 && line.split(' ').length <= 4 && !/[.!,;]$|\d/.test(line);
}
const MENU_RUN_MIN = 4;

/**
 * A site's menu, by evidence rather than by list: a run of at least four link-like lines, at least half of
 * them known chrome ("Sign in", "Company reviews"), is chrome as a whole, so its unknown neighbours
 * ("Explore companies", "Candidate Home") go with it. Moved to `meta`, where only the board and dates are read.
 */
function withoutMenuRuns(lines: string[], meta: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && isLinkLike(lines[end]!)) end++;
    const run = lines.slice(i, end);
    const known = run.filter((line) => isChromeLine(line) || NAV_WORDS.test(line)).length;
    // A run holding a form's or a jobs list's first line is left to the cuts below, which end the posting there.
    const cut = run.some((line) => FORM_START.test(chromeKey(line)) || isOtherPostings(line));
    // "Back", "Store Manager", "Wombat Outdoors", "View all jobs": a job title among the links makes the run
    // the posting's header with its links, not a menu; the links still go, one by one, as chrome lines.
    // A menu's plural ("Recruiters", "For employers") names an audience, not a job.
    const titled = run.some(
      (line) => endsWithRoleNoun(line) && !/s$/i.test(line) && !isChromeLine(line) && !NAV_WORDS.test(line),
    );
    if (run.length >= MENU_RUN_MIN && known * 2 >= run.length && !cut && !titled) {
      meta.push(...run);
      i = end;
      continue;
    }
    if (end > i) {
      out.push(...run);
      i = end;
    } else out.push(lines[i++]!);
  }
  return out;
}

/** A menu at the very top: at least this many link-like lines right under the site's name. */
const TOP_MENU_MIN = 4;

/**
 * A careers site's header: its name on the first line, then its own menu ("Shop", "Men", "Women", "Find a
 * store", "Cart (0)"), whatever words the menu uses. Recognised by shape: four or more short link-like lines
 * straight after the first line, none of them a job title, before any blank line. Returns where it ends.
 */
function topMenuBrand(lines: readonly string[]): { name: string; end: number } | null {
  const first = lines[0];
  if (first === undefined || !isLinkLike(first) || hasRoleWord(first) || isChromeLine(first)) return null;
  let end = 1;
  while (end < lines.length && isMenuItem(lines[end]!)) end++;
  // The menu may end on a longer call to action ("Book a showroom visit") before its blank line.
  if ((lines[end] ?? '') !== '' && isLinkLike(lines[end]!) && (lines[end + 1] ?? '') === '') end++;
  if (end - 1 < TOP_MENU_MIN || (lines[end] ?? '') !== '') return null;
  return { name: first, end };
}

/** Words of a posting's own facts: a run holding one is the posting's header, not a menu. */
const FACT_WORD =
  /\b(?:remote|hybrid|on-?site|in-office|full[- ]?time|part[- ]?time|contract|permanent|temporary|casual|internship|freelance|apply)\b/i;

function isMenuItem(line: string): boolean {
  if (FACT_WORD.test(line) || line.includes(',')) return false;
  return (
    (isLinkLike(line) || /^[\w ]{1,20} \(\d+\)$/.test(line)) &&
    line.split(' ').length <= 3 &&
    // "Support us" is a menu item; "Barista", "Head Chef" are titles.
    !endsWithRoleNoun(line)
  );
}

/** "Apply for this job" starts a form when it comes late or when form fields follow it at once. */
function startsForm(lines: readonly string[], index: number): boolean {
  return (
    index > lines.length / 2 ||
    lines
      .slice(index + 1, index + 5)
      .some((next) => /^(?:\* ?required|first name|full name|name)\s*\*?$/i.test(next))
  );
}

/**
 * While one page is cleaned, each line's key and verdict are kept: the steps below ask about the same
 * line up to four times. The memo lives only for that call, so it never outgrows one page.
 */
let memo: { keys: Map<string, string>; chrome: Map<string, boolean> } | null = null;

export function stripPageNoise(text: string): CleanPage {
  const outer = memo;
  memo = { keys: new Map(), chrome: new Map() };
  try {
    return cleanPage(text);
  } finally {
    memo = outer;
  }
}

function cleanPage(text: string): CleanPage {
  let lines = text.split('\n');
  const meta: string[] = [];
  const tail: string[] = [];
  const thread = firstThreadComment(lines);
  if (thread) {
    lines = thread.body;
    tail.push(...thread.rest);
  }

  // The site's label is read before any menu is moved aside: "Lakeshore Mutual Careers" often sits in one.
  let siteName: string | null = null;
  for (const line of lines.slice(0, 6)) siteName ??= isChromeLine(line) ? null : siteLabelName(line);
  lines = withoutSearchBox(lines, meta);
  const brand = topMenuBrand(lines);
  if (brand) {
    meta.push(...lines.slice(0, brand.end));
    lines = lines.slice(brand.end);
  }
  lines = withoutMenuRuns(lines, meta);

  // Everything above a "Back to jobs" link is the site's own header.
  const back = lines.slice(0, 15).findIndex((line) => BACK_LINK.test(line));
  if (back >= 0) {
    meta.push(...lines.slice(0, back + 1));
    lines = lines.slice(back + 1);
  }

  // A site's brand line above its menu ("ZipRecruiter", "Glassdoor") belongs to the page, not the posting.
  const nav = lines.slice(0, 4).findIndex((line) => isNavBar(line));
  if (nav > 0) {
    for (const line of lines.slice(0, nav)) siteName ??= siteLabelName(line);
    meta.push(...lines.slice(0, nav));
    lines = lines.slice(nav);
  }
  for (const line of lines.slice(0, 4))
    siteName ??= siteLabelName(line) ?? siteLabelName(line.split(/\s+[|·]\s+/)[0] ?? '');

  const body: string[] = [];
  let state: 'body' | 'panel' = 'body';
  let inBox = false;
  let truncationMarker = false;
  let sawShowLess = false;
  let sawShowMore = false;

  let sawSentence = false;
  let resumeAt = 0;
  for (const [index, original] of lines.entries()) {
    if (index < resumeAt) continue;
    let line = original;
    if (JOB_LISTS.test(line.replace(/^- /, '')) && !(COMPANY_LINK.test(line) && !sawSentence)) {
      resumeAt = endOfJobList(lines, index);
      tail.push(...lines.slice(index, resumeAt));
      if (resumeAt < lines.length) body.push('');
      continue;
    }
    if (
      PAGE_END.test(line.replace(/^- /, '')) ||
      EMPLOYER_REVIEWS.test(line) ||
      (FORM_START.test(chromeKey(line)) && startsForm(lines, index))
    ) {
      tail.push(...lines.slice(index));
      break;
    }
    if (!sawSentence && isSentence(line)) sawSentence = true;
    if (LISTING_PANELS.test(line.replace(/^[-★\s]+/u, ''))) state = 'panel';
    if (state === 'panel') {
      meta.push(line);
      continue;
    }
    if (inBox) {
      if (line === '') inBox = false;
      continue;
    }
    if (BOXES.test(line) || (index < COOKIE_REACH && COOKIE_BANNER.test(line))) {
      inBox = true;
      continue;
    }
    const key = chromeKey(line);
    if (key === 'show less' || key === 'see less') sawShowLess = true;
    // A bare "Show more" button only means a cut when the text above it stops mid-sentence.
    if (
      (key === 'show more' || key === 'see more' || key === 'read more') &&
      !/[.!?:)"']$/.test(body.findLast((l) => l !== '') ?? '.')
    ) {
      sawShowMore = true;
    }
    if (
      line !== '' &&
      (isChromeLine(line) || COMPANY_LINK.test(line) || (index < 4 && siteLabelName(line) !== null))
    ) {
      meta.push(line);
      continue;
    }
    // "Acme · San Francisco, CA · 2 weeks ago · Over 200 applicants": keep the facts, move the chrome.
    if (/\s·\s/.test(line)) {
      const parts = line.split(/\s+·\s+/);
      const chrome = parts.filter((part) => isChromeLine(part));
      if (chrome.length > 0) {
        meta.push(...chrome);
        line = parts.filter((part) => !isChromeLine(part)).join(' · ');
        if (line === '') continue;
      }
    }
    if (TRUNCATION_INLINE.test(line)) {
      truncationMarker = true;
      line = line.replace(TRUNCATION_INLINE, '').trimEnd();
      if (line === '') continue;
    }
    body.push(line);
  }
  // "Show more" followed by "Show less" means the page was expanded before it was saved.
  if (sawShowMore && !sawShowLess) truncationMarker = true;

  return {
    body: collapseBlankLines(body).join('\n'),
    meta: meta.join('\n'),
    truncationMarker,
    tail: tail.join('\n'),
    siteName,
    brand: brand?.name ?? null,
  };
}
