import { hasRoleWord } from '../fields/title.ts';
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

/** From one of these headings to the end of the page: other postings, never this one. */
const OTHER_POSTINGS =
  /^(?:similar (?:startup )?(?:jobs|positions|roles|vacancies)|company overview$|people also (?:viewed|applied)|more jobs like this|(?:show )?more jobs|jobs you may (?:be interested in|like)|you may also like|recommended (?:jobs|for you)|related (?:jobs|positions)|explore other jobs|similar contracts|voluntary self-identification|other (?:jobs|openings|positions|roles) at|more (?:jobs|openings|roles) (?:at|from)|explore (?:more )?jobs|do you want to receive more vacancies|subscribe and receive|get notified about new|sign in to create (?:a )?job alert|set up (?:a )?job alert|©|copyright ©)/i;

/** "Quarry Data reviews": an employer-review panel, which quotes people, not the posting. */
const EMPLOYER_REVIEWS = /^(?!Company reviews$)(?:[A-Z][\w&.'-]*\s){1,5}reviews$/;

/** Panels an aggregator adds about the listing: kept as meta (the posting date lives there), not as text. */
const LISTING_PANELS =
  /^(?:listing details|posting health|signal breakdown|are you the hiring manager|promote this listing|ghost score|job insights|hiring insights)\b/i;

/** Boxes that end at the next blank line. */
const BOXES =
  /^(?:meet the hiring team|hiring team|profile insights|referrals increase your chances|see who you know|we use cookies|this (?:site|website) uses cookies|cookie (?:settings|preferences|policy|consent)|by clicking ["']?accept)/i;

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
  /^(?:(?:jobs )?powered by |.{1,60} home page$|follow us\b|share this (?:job|role|position)\b|here's how the job details|find out how your skills|employer responded|do you have experience|.{0,80}\b(?:registered in (?:england|scotland|wales)|company number|registered office)\b|(?:jobs|home|careers|all jobs) [>/›»] |sign (?:up|in) to |log in to |create (?:a )?free account|be the first to apply|(?:vacancy |job )?(?:posted|reposted) (?:\d+\+? |an? |one )?(?:minutes?|hours?|days?|weeks?|months?)? ?ago\b|(?:vacancy |job )?posted (?:today|yesterday|just now)\b|over \d+ applicants|\d+ applicants|via [a-z][\w.-]*$|actively (?:hiring|recruiting)$|\d(?:\.\d)? ?★|promoted$|(?:\d+\+? |an? )(?:minutes?|hours?|days?|weeks?|months?) ago$)/i;

const BACK_LINK = /^(?:←|<|«)?\s*back to (?:all )?(?:jobs|search|results|listings|openings|job search)\b/i;

const TRUNCATION_INLINE =
  /\s*(?:\.{2,}\s*full job details\s*\.{2,}|\.{3}\s*see more|\.{3}\s*show more|\.{3}\s*read more)\s*$/i;

/** The form, as compared with CHROME_LINES: lower case, no bullet, no trailing arrows, stars or colons. */
function chromeKey(line: string): string {
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
  const key = chromeKey(line);
  return CHROME_LINES.has(key) || CHROME_PREFIXES.test(key) || isNavBar(line);
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

/** "Apply for this job" starts a form when it comes late or when form fields follow it at once. */
function startsForm(lines: readonly string[], index: number): boolean {
  return (
    index > lines.length / 2 ||
    lines
      .slice(index + 1, index + 5)
      .some((next) => /^(?:\* ?required|first name|full name|name)\s*\*?$/i.test(next))
  );
}

export function stripPageNoise(text: string): CleanPage {
  let lines = text.split('\n');
  const meta: string[] = [];
  const tail: string[] = [];
  const thread = firstThreadComment(lines);
  if (thread) {
    lines = thread.body;
    tail.push(...thread.rest);
  }

  // Everything above a "Back to jobs" link is the site's own header.
  const back = lines.slice(0, 15).findIndex((line) => BACK_LINK.test(line));
  if (back >= 0) {
    meta.push(...lines.slice(0, back + 1));
    lines = lines.slice(back + 1);
  }

  // A site's brand line above its menu ("ZipRecruiter", "Glassdoor") belongs to the page, not the posting.
  let siteName: string | null = null;
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

  for (const [index, original] of lines.entries()) {
    let line = original;
    if (
      OTHER_POSTINGS.test(line.replace(/^- /, '')) ||
      EMPLOYER_REVIEWS.test(line) ||
      (FORM_START.test(chromeKey(line)) && startsForm(lines, index))
    ) {
      tail.push(...lines.slice(index));
      break;
    }
    if (LISTING_PANELS.test(line.replace(/^[-★\s]+/u, ''))) state = 'panel';
    if (state === 'panel') {
      meta.push(line);
      continue;
    }
    if (inBox) {
      if (line === '') inBox = false;
      continue;
    }
    if (BOXES.test(line)) {
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
    if (line !== '' && (isChromeLine(line) || (index < 4 && siteLabelName(line) !== null))) {
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
  };
}
