import type { Location } from '../../model/posting.ts';
import { parseLocationPhrase } from '../../places/locations.ts';
import { readPlaceLine } from '../../places/place-line.ts';
import {
  atsAccountCandidates,
  type CompanyCandidate,
  type CompanySource,
  chooseCompany,
  domainCandidates,
  isNeverCompany,
  logoName,
  nameFromDomain,
  openingSubjectCandidates,
  proseCandidates,
  teamFromProse,
} from '../fields/company.ts';
import { findEmploymentType } from '../fields/employment-type.ts';
import {
  endsWithRoleNoun,
  HELD_SPACE,
  hasRoleWord,
  holdBracketedSpaces,
  inferTitleFromProse,
  listRoles,
  looksLikeTitle,
  rolesFromOpeningsList,
  splitTitleLine,
} from '../fields/title.ts';
import { workplaceFromHeaderPart } from '../fields/workplace.ts';

/**
 * The lines above a posting's first paragraph: its title, company and team, and the facts printed beside
 * them ("Toronto, ON · Hybrid · Full-time"). Pages order these in many ways, so each part is read for what
 * it is rather than for where it stands.
 */

export interface HeaderInputs {
  /** The short lines before the first paragraph or heading. */
  header: readonly string[];
  labels: ReadonlyMap<string, string>;
  /** The posting's text without its header, where the company and team are named in sentences. */
  prose: string;
  /** The employer named by the site's own label ("Acme - Careers"). */
  siteName: string | null;
  /** A title the file states outright (a JSON field). */
  statedTitle?: string;
  /** The employer the page's JSON-LD names (hiringOrganization.name): strong evidence, still vetoed like any. */
  statedCompany?: string;
  /** The page's <title> ("Payroll Specialist | Sawtooth Credit Union"), for a saved HTML page. */
  pageTitle?: string;
  /** The page's own address (canonical or og:url), where a hiring system names the employer's account. */
  pageUrl?: string;
  /** The name above a careers site's own menu. */
  brand?: string | null;
  /** The owner a footer's copyright line names. */
  copyright?: string | null;
  /** Page chrome kept aside: read only for the employer's logo ("Acme logo"), never for anything else. */
  chrome?: readonly string[];
}

export interface HeaderReading {
  title: string | null;
  company: string | null;
  team: string | null;
  /** Every header part other than the title, for the location, workplace and employment readers. */
  headerParts: string[];
  /** Places and workplace words that followed the title ("Senior Engineer - London", "… - Remote"). */
  titleLocations: Location[];
  titleWorkplaceParts: string[];
}

/** Departments boards print beside the company; never a company name. */
const DEPARTMENTS = new Set(
  'engineering product design data research science sales marketing operations finance legal people hr support security infrastructure technology it analytics customer success business development administration management software development information technology'.split(
    ' ',
  ),
);

const PART_SEPARATOR = /\s+[·•|/]\s+|(?<![\d$€£¥₹kK])\s+-\s+|\s+-\s+(?![$€£¥₹]?\s?\d)/;
export function splitHeaderLine(line: string): string[] {
  const held = line.includes('(') ? holdBracketedSpaces(line) : line;
  return (
    held
      // A spaced hyphen separates parts too, except inside a range of figures ("€95k - €115k").
      .split(PART_SEPARATOR)
      .map((part) => (held === line ? part : part.replaceAll(HELD_SPACE, ' ')).trim())
      .filter((part) => part !== '')
  );
}

/** "Acme - Careers", "Careers at Acme", "Karriere bei Acme", "About Acme": the company inside a page label. */
export function cleanCompanyName(name: string): string {
  return (
    name
      .replace(/^(?:careers at|jobs at|work at|working at|join|about|karriere bei|jobs bei)\s+/i, '')
      // "Acme (YC W21)": the startup's batch is not part of its name.
      .replace(/\s*\((?:YC|Y Combinator)\b[^)]*\)$/, '')
      .replace(
        /\s*(?:[-|:]\s*)?(?:careers|jobs|open roles|open positions|career site|job board|karriere|stellenangebote)$/i,
        '',
      )
      .trim()
  );
}

const LEGAL_END =
  /\b(?:Ltd|Limited|Inc|LLC|LLP|LP|PLC|GmbH|AG|SA|SAS|BV|NV|Pte|Pty|Pvt|Bhd|Tbk|Corp|Co)\.?$/i;

/**
 * "Orchard Lane Software, Madison WI (onsite)", "Saltmarsh Instruments (Gothenburg, Sweden, ONSITE)": a name
 * with its place and workplace after it, as Hacker News rows print them. The place is read elsewhere.
 */
function withoutPlaceTail(part: string): string {
  let out = part;
  const paren = /^(.{2,}?)\s*\(([^()]+)\)$/.exec(out);
  if (paren && (workplaceFromHeaderPart(paren[2]!) || isLocationPart(paren[2]!.split(',')[0]!.trim())))
    out = paren[1]!;
  const comma = out.indexOf(', ');
  if (comma > 1 && !LEGAL_END.test(out) && isLocationPart(out.slice(comma + 2))) out = out.slice(0, comma);
  return out;
}

function isNameLike(part: string): boolean {
  if (part.length < 2 || part.length > 50) return false;
  if (!/^[A-Z0-9]/.test(part) || /\d{2,}/.test(part) || /[$€£:]/.test(part)) return false;
  if (
    part.split(' ').length > (LEGAL_END.test(part) ? 7 : 5) ||
    (/[.!?]$/.test(part) &&
      !/\b(?:Ltd|Inc|Pte|Co|Corp|Pvt|Bhd|Tbk|S\.A|B\.V|N\.V|L\.P|L\.L\.C)\.$/i.test(part))
  ) {
    return false;
  }
  if (DEPARTMENTS.has(part.toLowerCase())) return false;
  // "Toronto, ON": a comma in a short header part is a place, unless it introduces a legal form.
  if (
    /,/.test(part) &&
    !/,\s*(?:Inc|LLC|Ltd|Limited|LP|LLP|L\.P|PLC|GmbH|S\.A|Corp|Co|Pte\.? Ltd|Pty\.? Ltd|Sdn\.? Bhd)\.?$/i.test(
      part,
    )
  )
    return false;
  if (
    /\b(?:level|applicants?|employees|ago|time|remote|hybrid|on-?site|permanent|contract|internship|risk|via)\b/i.test(
      part,
    )
  ) {
    return false;
  }
  return true;
}

/** A ZIP or postcode ending a place ("Joliet, IL 60436", "Sydney NSW 2000", "London EC2A 4NE"). */
const POSTCODE_END = /\s(?:\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;

/** The answers for the posting being read (see withLocationPartMemo): a part is often asked about twice. */
let partMemo: Map<string, boolean> | null = null;

/** Runs one posting's reading with isLocationPart remembering its answers, which are dropped after. */
export function withLocationPartMemo<T>(read: () => T): T {
  const outer = partMemo;
  partMemo = outer ?? new Map();
  try {
    return read();
  } finally {
    partMemo = outer;
  }
}

/** A header part that states a place, read strictly: every part a place, no lone everyday word or hamlet. */
export function isLocationPart(part: string): boolean {
  const known = partMemo?.get(part);
  if (known !== undefined) return known;
  const answer = readsAsLocationPart(part);
  partMemo?.set(part, answer);
  return answer;
}

function readsAsLocationPart(part: string): boolean {
  if (part.length > 80) return false;
  const withoutPostcode = part.replace(POSTCODE_END, '');
  if (/\d{3,}|[$€£¥₹]/.test(withoutPostcode)) return false;
  return readPlaceLine(part, {}, 'header').locations.length > 0;
}

/**
 * How much each place a title can come from counts, and why. The highest wins (the earliest on a tie); a
 * text with no candidate at all names no role and is refused.
 */
export const TITLE_WEIGHTS = {
  stated: { weight: 10, why: 'the file states it: a JSON or JSON-LD "title"' },
  label: { weight: 8, why: '"Job title: …", "Position: …"' },
  headerLine: { weight: 6, why: "the first header line that reads as a title (the page's heading)" },
  genderTag: { weight: 6, why: 'a header line with a gender tag: "(m/w/d)", "(H/F)", "(f/m/x)"' },
  hiringProse: {
    weight: 3,
    why: 'the roles a hiring sentence names ("we are looking for two polyglot programmers"), listed when several',
  },
  openingsList: { weight: 3, why: 'a bullet list announced as openings ("We\'re hiring for:")' },
  roleLabel: { weight: 4, why: '"Role: Back End Developer": on many boards a category, below the heading' },
  descriptiveProse: { weight: 2, why: '"This ML Manager will…", "As a Data Engineer, …"' },
  firstLine: { weight: 1, why: 'a short capitalised first line that names no known role ("Barista")' },
} as const;
type TitleSource = keyof typeof TITLE_WEIGHTS;

interface TitleCandidate {
  line: string;
  source: TitleSource;
}

function titleCandidates(inputs: HeaderInputs): TitleCandidate[] {
  const { header, labels, prose } = inputs;
  const out: TitleCandidate[] = [];
  if (inputs.statedTitle) out.push({ line: inputs.statedTitle, source: 'stated' });
  const label = labels.get('title');
  if (label) out.push({ line: label, source: 'label' });
  const role = labels.get('role');
  if (role) out.push({ line: role, source: 'roleLabel' });
  const line = header.find(
    (candidate) =>
      looksLikeTitle(candidate) || splitHeaderLine(candidate).some((part) => looksLikeTitle(part)),
  );
  // A Hacker News row may name its roles in the plural ("Marisol Bio | Summer 2027 Software Engineering Interns | …").
  const row =
    line ??
    header.find(
      (candidate) => candidate.includes(' | ') && splitHeaderLine(candidate).some(endsWithRoleNoun),
    );
  if (row) out.push({ line: row, source: 'headerLine' });
  // "Backend-Entwickler Java (m/w/d)", "Développeur Full-Stack (H/F)": the gender tag only ever follows a title.
  const tagged = header.find((candidate) => GENDER_TAG.test(candidate));
  if (tagged && !row) out.push({ line: tagged, source: 'genderTag' });
  if (out.some((candidate) => candidate.source !== 'roleLabel')) return out;
  // The hiring sentence may sit in the header ("[REMOTE] Quince Ledger is hiring a Staff Engineer").
  const inferred = inferTitleFromProse([...header, prose].join('\n'));
  if (inferred) out.push({ line: inferred, source: 'hiringProse' });
  // The list's intro ("We're hiring for:") is short enough to sit in the header lines.
  const listed = listRoles(rolesFromOpeningsList([...header, ...prose.split('\n')]));
  if (listed) out.push({ line: listed, source: 'openingsList' });
  // The first line that is not the board's own name or a button ("StepStone", "Welcome to the Jungle").
  const first = header.find(
    (candidate) => !isNeverCompany(candidate, 'label', { body: '', isPlace: () => false }),
  );
  const plausible =
    first !== undefined &&
    first.length <= 60 &&
    first.split(' ').length <= 6 &&
    splitHeaderLine(first).length === 1 &&
    /^[A-Z]/.test(first) &&
    !/[.!?:]$/.test(first);
  // A line naming no known role is a title only on a page that reads as a job posting.
  if (plausible && POSTING_CUE.test(prose)) out.push({ line: first, source: 'firstLine' });
  return out;
}

function chooseTitle(candidates: readonly TitleCandidate[]): TitleCandidate | null {
  let best: TitleCandidate | null = null;
  for (const candidate of candidates)
    if (best === null || TITLE_WEIGHTS[candidate.source].weight > TITLE_WEIGHTS[best.source].weight)
      best = candidate;
  return best;
}

const GENDER_TAG = /\((?:[mwfdxh]\s?\/\s?){1,3}[mwfdxh]\)|\(all genders\)/i;
/** Words only a job posting uses: what the job involves, asks for, pays or how to apply. */
const POSTING_CUE =
  /\b(?:you will|you'll|you'd|responsibilit|requirements?|qualifications?|experience|apply|salary|per hour|an hour|full[- ]time|part[- ]time|shifts?|we are looking|we're looking|join (?:us|our team)|the role|this role|duties)\b/i;
const HIRING_SPLIT =
  /^(?:\[[^\]]*\]\s*)*([A-Z][\w&.' -]{1,50}?)(?::|\s+is|\s+are|\s+-)\s+(?:now\s+)?(?:hiring|looking for|seeking)\b/;
const BARE_URL = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9][a-z0-9-]*)\.[a-z]{2,}(?:\.[a-z]{2})?\/?$/i;
const POSTED_BY = /^(?:posted|reposted|added)\b.{0,40}?\bby\s+(.{2,60})$/i;
const HIRING_PART = /^(?:we(?:'re| are) )?(?:now )?(?:hiring|looking for|seeking)\b/i;

/** A line of the header that shows a LinkedIn-style top card: a name, then places, ages and counts. */
const TOP_CARD_FACT =
  /\bago\b|\bapplicants?\b|\bclicked apply\b|\bremote\b|\bhybrid\b|\bon-?site\b|\breposted\b/i;

export function readHeader(inputs: HeaderInputs): HeaderReading {
  const { header, labels, prose } = inputs;
  const chosenTitle = chooseTitle(titleCandidates(inputs));
  const titleLine = chosenTitle?.line ?? null;
  // A header row such as "Acme | Senior Engineer (Go) | Remote (US)" holds the title as one of its parts.
  const titleRow = titleLine ? splitHeaderLine(titleLine) : [];
  const rolePart =
    titleRow.find((part) => hasRoleWord(part)) ?? titleRow.find(endsWithRoleNoun) ?? titleRow[0] ?? titleLine;
  // "Tallyho | Boston | hiring Python and Go developers": the part is a sentence naming the roles.
  const titlePart =
    rolePart !== null && (HIRING_PART.test(rolePart) || HIRING_SPLIT.test(rolePart))
      ? (inferTitleFromProse(rolePart) ?? rolePart)
      : rolePart;
  // A row that leads with something other than the title ("Acme | Senior Engineer | Remote") is a header row
  // of facts; one that leads with the title ("Staff Engineer - Payments | Stripe") is a title with suffixes.
  const factRow = titleRow.length > 2 && titleRow[0] !== rolePart;
  // A title built from prose ("Python and Go Developers") is whole: it has no suffixes to split off.
  const fromProse =
    (chosenTitle !== null && TITLE_WEIGHTS[chosenTitle.source].weight < TITLE_WEIGHTS.headerLine.weight) ||
    titlePart !== rolePart;
  const titleParts = titlePart
    ? fromProse
      ? { title: titlePart, suffixes: [], atCompany: null }
      : splitTitleLine(factRow ? titlePart : (titleLine ?? titlePart))
    : null;
  const rowParts = titleRow.length > 2 ? titleRow.filter((part) => part !== rolePart) : [];
  const titleIndex = titleLine === null ? -1 : header.indexOf(titleLine);
  const lineParts = header.filter((line) => line !== titleLine).flatMap(splitHeaderLine);
  const headerParts = [...rowParts, ...lineParts];

  // Company: every place the page states one proposes a candidate; chooseCompany weighs them.
  const candidates: CompanyCandidate[] = [];
  const propose = (raw: string, source: CompanySource) => {
    const trimmed = raw.replace(/\s*[/|·•:,-]+$/, '');
    // Only a site's own label is trimmed of "Careers"/"Jobs": on other lines "Electrical jobs" is a breadcrumb.
    const name =
      source === 'label' || source === 'siteName' || source === 'structured' || source === 'pageTitle'
        ? cleanCompanyName(trimmed)
        : withoutPlaceTail(trimmed.replace(/\s*\((?:YC|Y Combinator)\b[^)]*\)$/, ''));
    if (/\s(?:jobs|careers|vacancies)$/i.test(name)) return;
    if (
      source === 'label' ||
      source === 'structured' ||
      source === 'siteName' ||
      source === 'titleAt' ||
      isCompanyLike(name) ||
      (source === 'factRow' && isLowercaseRowName(name))
    )
      candidates.push({ name, source, evidence: raw });
  };
  const labelCompany = labels.get('company');
  if (labelCompany) propose(labelCompany, 'label');
  if (inputs.statedCompany) propose(inputs.statedCompany, 'structured');
  const pageTitleName = inputs.pageTitle ? companyInPageTitle(inputs.pageTitle) : null;
  if (pageTitleName) propose(pageTitleName, 'pageTitle');
  if (titleParts?.atCompany) propose(titleParts.atCompany, 'titleAt');
  if (inputs.siteName) propose(inputs.siteName, 'siteName');
  if (factRow && titleRow[0] !== undefined) {
    // "https://www.grainline.io | Backend Engineer | …": the row leads with the company's address.
    const site = BARE_URL.exec(titleRow[0])?.[1];
    propose(site ? nameFromDomain(site) : titleRow[0], 'factRow');
  }
  // "Title - Team | Company | Remote": after a bar comes the company (a dash introduces the team).
  const afterBars = titleLine && !factRow && !fromProse ? titleLine.split(' | ').slice(1) : [];
  const barName = afterBars.map((part) => part.trim()).find((part) => isCompanyLike(cleanCompanyName(part)));
  if (barName) propose(barName, 'titleBar');
  header.forEach((line, index) => {
    // "Pellmark: hiring a Senior Data Engineer", "Kelpie Networks is hiring …": the name before the cue.
    const hiring = HIRING_SPLIT.exec(line)?.[1];
    if (hiring) propose(hiring, 'titleAt');
    const postedBy = POSTED_BY.exec(line)?.[1];
    if (postedBy) {
      propose(postedBy, 'postedBy');
      return;
    }
    if (line === titleLine) return;
    const logo = logoName(line);
    if (logo) {
      propose(logo, 'logoAlt');
      return;
    }
    const parts = splitHeaderLine(line);
    if (parts.length === 1) {
      // Beside the title, or the page's first line when the title came from a label or the prose.
      const beside = titleIndex >= 0 ? Math.abs(index - titleIndex) === 1 : index === 0;
      propose(parts[0]!, beside ? 'besideTitle' : 'headerLine');
      return;
    }
    const topCard =
      line.includes(' · ') && parts.slice(1).some((part) => TOP_CARD_FACT.test(part) || isLocationPart(part));
    // "Quillbyte (YC W21) | Remote | Full-time": a Hacker News row leads with the company.
    const pipeRow = parts.length >= 3 && line.includes(' | ');
    parts.forEach((part, i) => {
      // "https://www.grainline.io | Backend Engineer | …": the row leads with the company's address.
      const site = i === 0 && pipeRow ? BARE_URL.exec(part)?.[1] : undefined;
      if (site) propose(nameFromDomain(site), 'factRow');
      else propose(part, i > 0 ? 'headerLine' : topCard ? 'topCard' : pipeRow ? 'factRow' : 'headerLine');
    });
  });
  if (factRow) for (const part of rowParts) if (part !== titleRow[0]) propose(part, 'headerLine');
  for (const line of inputs.chrome ?? []) {
    const logo = logoName(line);
    if (logo) propose(logo, 'logoAlt');
    // Reed, CV-Library: "Posted 6 days ago by Clydesdale Electrical Services Ltd" names the advertiser.
    const postedBy = POSTED_BY.exec(line)?.[1];
    if (postedBy) propose(postedBy, 'postedBy');
  }
  if (inputs.brand) propose(inputs.brand, 'siteBrand');
  if (inputs.copyright) propose(inputs.copyright, 'copyright');
  // The header's own sentences count as prose ("Kelpie Networks is hiring Python and Go developers.").
  const prosePool = proseCandidates(`${header.join('\n')}\n${prose}`);
  candidates.push(...openingSubjectCandidates(prose));
  candidates.push(
    ...atsAccountCandidates([inputs.pageUrl ?? '', ...header, prose, ...(inputs.chrome ?? [])].join('\n')),
  );
  candidates.push(...prosePool, ...domainCandidates(`${header.join('\n')}\n${prose}`));

  // Suffixes of the title line: places, workplace words, the team, or the company ("… - Personalization Spotify").
  const proseNames = [...new Set(prosePool.map((candidate) => candidate.name))];
  const titleLocations: Location[] = [];
  const titleWorkplaceParts: string[] = [];
  const teamCandidates: string[] = [];
  for (const suffix of titleParts?.suffixes ?? []) {
    let rest = suffix;
    const trailing = proseNames.find((name) => rest !== name && rest.endsWith(` ${name}`));
    if (trailing) {
      propose(trailing, 'titleDash');
      rest = rest.slice(0, rest.length - trailing.length - 1);
    }
    if (workplaceFromHeaderPart(rest)) {
      titleWorkplaceParts.push(rest);
      continue;
    }
    if (isLocationPart(rest)) {
      titleLocations.push(...parseLocationPhrase(rest));
      continue;
    }
    if (findEmploymentType([], [rest], '') !== null) continue;
    if (rest !== barName && !trailing) propose(rest, 'titleDash');
    // "Intern - Summer 2027", "Engineer - 2 positions": a suffix with figures is a detail, not a team.
    if (!/\d/.test(rest)) teamCandidates.push(rest);
  }

  const choice = chooseCompany(candidates, { body: prose, isPlace: isLocationPart });
  const company = choice?.name ?? null;
  let team: string | null = labels.get('team') ?? null;
  // Lever's label row ("London / Full-time / Data Platform / Hybrid") names the team among its parts.
  for (const line of header) {
    const parts = line.split(/\s+\/\s+/);
    if (parts.length < 3 || line === titleLine) continue;
    // Lever orders it location / commitment / team / workplace: the last plain name is the team.
    const named = parts.findLast(
      (part) =>
        !isLocationPart(part) &&
        !workplaceFromHeaderPart(part) &&
        !findEmploymentType([], [part], '') &&
        /^[A-Z][\w&' -]{1,40}$/.test(part),
    );
    if (named && named !== company) team ??= named;
  }
  team ??=
    teamCandidates.find((name) => name !== company && name !== barName && keyEq(name, company) === false) ??
    null;
  if (team !== null && afterBars.some((part) => part.trim() === team)) team = null;
  team ??= teamFromProse(prose);
  if (team !== null && company !== null && keyEq(team, company)) team = null;

  return {
    title: titleParts?.title ?? null,
    company,
    team,
    headerParts,
    titleLocations,
    titleWorkplaceParts,
  };
}

function keyEq(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * "brackwater | sre / platform | seattle or remote (us) | …": terse Hacker News rows write the company in
 * lower case too. Only a row's first part, before the role, and only when it is no role, place, workplace
 * or contract word (the vetoes in chooseCompany also apply).
 */
function isLowercaseRowName(part: string): boolean {
  return (
    /^[a-z][a-z0-9&.' -]{1,30}$/.test(part) &&
    part.split(' ').length <= 3 &&
    !hasRoleWord(part) &&
    !isLocationPart(part) &&
    workplaceFromHeaderPart(part) === null &&
    findEmploymentType([], [part], '') === null
  );
}

/**
 * The employer in a page's <title>: "Careers – Payroll Specialist | Sawtooth Credit Union", "Senior Analyst -
 * Acme Careers", "Keller Logistics hiring Warehouse Associate in Joliet, IL | LinkedIn". The first part that is
 * not the job title, a bare "Careers"/"Jobs" or a place; boards' own names are vetoed when it is weighed.
 */
export function companyInPageTitle(pageTitle: string): string | null {
  const hiring = /^(.{2,60}?) (?:is )?hiring\b/.exec(pageTitle)?.[1];
  if (hiring) return hiring;
  const parts = pageTitle
    .split(/\s+[|–—-]\s+|\s+at\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2) return null;
  for (const part of parts) {
    if (/^(?:careers?|jobs?|job details|home|vacancies|stellenangebote|karriere)$/i.test(part)) continue;
    if (looksLikeTitle(part) || isLocationPart(part) || workplaceFromHeaderPart(part)) continue;
    return part;
  }
  return null;
}

/** A header part that could name a company: name-shaped, not a place, not a title. */
function isCompanyLike(name: string): boolean {
  return name.length >= 2 && isNameLike(name) && !looksLikeTitle(name);
}
