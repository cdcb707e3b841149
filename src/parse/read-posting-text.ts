import type { EmploymentType, Location, Salary, Sections, Seniority, Workplace } from '../model/posting.ts';
import { detectBoard, findPageUrl, isValidUrl } from './board.ts';
import { dominantName, teamFromProse } from './company.ts';
import { findEmploymentType } from './employment-type.ts';
import { scanLabels } from './labels.ts';
import { mergeLocations } from './location-list.ts';
import { findStatedLocations, parseLocationPhrase } from './locations.ts';
import { stripPageNoise } from './page-noise.ts';
import { findPostedDate, parseAbsoluteDate, parseRelativeDate } from './posted-date.ts';
import { extractSalary } from './salary.ts';
import { blockText, buildSections, matchHeading, splitBlocks } from './sections.ts';
import { seniorityFromLabel, seniorityFromTitle } from './seniority.ts';
import { findSkills, skillNames } from './skills.ts';
import { buildSummary } from './summary.ts';
import { hasRoleWord, inferTitleFromProse, looksLikeTitle, splitTitleLine } from './title.ts';
import { findWorkplace, workplaceFromHeaderPart } from './workplace.ts';

/** Everything a posting's text says about it; the caller adds the id and the source. */
export interface TextReading {
  title: string | null;
  company: string | null;
  team: string | null;
  locations: Location[];
  workplace: Workplace | null;
  salary: Salary | null;
  employmentType: EmploymentType | null;
  seniority: Seniority | null;
  postedAt: string | null;
  sections: Sections;
  skills: string[];
  summary: string;
  text: string;
  truncated: boolean;
  board: string | null;
  url: string | null;
}

export interface ReadOptions {
  /** When the posting was saved: "3 days ago" counts back from here. */
  modifiedAt: Date;
  /** A title the file states outright (a JSON field), used instead of searching the text. */
  title?: string;
}

/** Departments boards print beside the company; never a company name. */
const DEPARTMENTS = new Set(
  'engineering product design data research science sales marketing operations finance legal people hr support security infrastructure technology it analytics customer success business development administration management software development information technology'.split(
    ' ',
  ),
);

/** A header line or part that reads as prose ends the header. */
function isProse(line: string): boolean {
  if (line.split(' | ').length >= 3) return false;
  return line.startsWith('- ') || line.length > 100 || (/[.!?]$/.test(line) && line.split(' ').length >= 5);
}

function splitHeaderLine(line: string): string[] {
  return (
    line
      // A spaced hyphen separates parts too, except inside a range of figures ("€95k - €115k").
      .split(/\s+[·•|/]\s+|(?<![\d$€£¥₹kK])\s+-\s+|\s+-\s+(?![$€£¥₹]?\s?\d)/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
  );
}

/** "Acme - Careers", "Careers at Acme", "Karriere bei Acme", "About Acme": the company inside a page label. */
export function cleanCompanyName(name: string): string {
  return name
    .replace(/^(?:careers at|jobs at|work at|working at|join|about|karriere bei|jobs bei)\s+/i, '')
    .replace(
      /\s*(?:[-|:]\s*)?(?:careers|jobs|open roles|open positions|career site|job board|karriere|stellenangebote)$/i,
      '',
    )
    .trim();
}

function isNameLike(part: string): boolean {
  if (part.length < 2 || part.length > 50) return false;
  if (!/^[A-Z0-9]/.test(part) || /\d{2,}/.test(part) || /[$€£:]/.test(part)) return false;
  if (
    part.split(' ').length > 5 ||
    (/[.!?]$/.test(part) && !/\b(?:Ltd|Inc|Pte|Co|Corp|Pvt|S\.A|B\.V|L\.L\.C)\.$/.test(part))
  ) {
    return false;
  }
  if (DEPARTMENTS.has(part.toLowerCase())) return false;
  // "Toronto, ON": a comma in a short header part is a place, unless it introduces a legal form.
  if (/,/.test(part) && !/,\s*(?:Inc|LLC|Ltd|GmbH|S\.A)\.?$/.test(part)) return false;
  if (
    /\b(?:level|applicants?|employees|ago|time|remote|hybrid|on-?site|permanent|contract|internship|risk|via)\b/i.test(
      part,
    )
  ) {
    return false;
  }
  return true;
}

function isLocationPart(part: string): boolean {
  return part.length <= 60 && !/\d{3,}/.test(part) && parseLocationPhrase(part).length > 0;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A bare range in a header row ("$150k-$200k + equity") is the pay by its place on the page, though it
 * carries no "salary" cue for the extractor to see; the row's position supplies the cue.
 */
function salaryFromHeader(parts: readonly string[]): Salary | null {
  for (const part of parts) {
    if (!/[$€£¥₹]\s?\d|\d\s?[$€£¥₹]/.test(part)) continue;
    const salary = extractSalary(`Salary: ${part}`);
    if (salary) return salary;
  }
  return null;
}

function endsMidSentence(body: string): boolean {
  const lines = body.split('\n').filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || last.startsWith('- ') || last.length < 60 || matchHeading(last)) return false;
  return /[\p{L}\p{N},;]$/u.test(last);
}

export function readPostingText(normalised: string, options: ReadOptions): TextReading {
  const page = stripPageNoise(normalised);
  const bodyLines = page.body.split('\n');
  const metaLines = page.meta === '' ? [] : page.meta.split('\n');
  const bodyLabels = scanLabels(bodyLines);
  const metaLabels = scanLabels(metaLines);
  const labels = new Map(metaLabels.labels);
  for (const [name, value] of bodyLabels.labels) labels.set(name, value);

  const contentLines = bodyLines.filter((_, i) => !bodyLabels.consumed.has(i));
  const blocks = splitBlocks(contentLines);
  const preamble = blocks[0]!;
  let headerEnd = 0;
  while (headerEnd < preamble.lines.length) {
    const line = preamble.lines[headerEnd]!;
    if (line !== '' && isProse(line)) break;
    headerEnd++;
  }
  const header = preamble.lines.slice(0, headerEnd).filter((line) => line !== '');
  preamble.lines = preamble.lines.slice(headerEnd);
  const prose = contentLines.filter((line) => !header.includes(line)).join('\n');

  // Title: a stated title, a label, the header's title line, or the sentence that names the role.
  const titleLine =
    options.title ??
    labels.get('title') ??
    header.find(
      (line) => looksLikeTitle(line) || splitHeaderLine(line).some((part) => looksLikeTitle(part)),
    ) ??
    (() => {
      const inferred = inferTitleFromProse(prose);
      if (inferred) return inferred;
      const first = header[0];
      // A title made of words our role list lacks ("Barista"): a short capitalised line that is not a sentence.
      const plausible =
        first !== undefined &&
        first.length <= 60 &&
        first.split(' ').length <= 6 &&
        /^[A-Z]/.test(first) &&
        !/[.!?:]$/.test(first);
      return plausible ? first : null;
    })();
  // A header row such as "Acme | Senior Engineer (Go) | Remote (US)" holds the title as one of its parts.
  const titleRow = titleLine ? splitHeaderLine(titleLine) : [];
  const titlePart = titleRow.find((part) => hasRoleWord(part)) ?? titleRow[0] ?? titleLine;
  // A row that leads with something other than the title ("Acme | Senior Engineer | Remote") is a header row
  // of facts; one that leads with the title ("Staff Engineer - Payments | Stripe") is a title with suffixes.
  const factRow = titleRow.length > 2 && titleRow[0] !== titlePart;
  const titleParts = titlePart ? splitTitleLine(factRow ? titlePart : (titleLine ?? titlePart)) : null;
  const rowParts = titleRow.length > 2 ? titleRow.filter((part) => part !== titlePart) : [];
  const lineParts = header.filter((line) => line !== titleLine).flatMap(splitHeaderLine);
  const headerParts = [...rowParts, ...lineParts];

  // Company: stated, "at Company", a name in the header, then the name the prose keeps returning to.
  const dominant = dominantName(prose);
  // In a title-first row the parts after the title are its team and company, read below as suffixes.
  const headerNames = (factRow ? headerParts : lineParts)
    .filter((part) => isNameLike(part) && !isLocationPart(part) && !looksLikeTitle(part))
    .map(cleanCompanyName)
    .filter((name) => name.length >= 2);
  const labelCompany = labels.get('company');
  let company: string | null =
    (labelCompany ? cleanCompanyName(labelCompany) : null) ??
    titleParts?.atCompany ??
    (dominant === null ? undefined : headerNames.find((name) => name.startsWith(dominant))) ??
    page.siteName ??
    headerNames[0] ??
    null;
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
  const titleLocations: Location[] = [];
  const titleWorkplaceParts: string[] = [];
  const companyGuess = company ?? dominant;
  for (const suffix of titleParts?.suffixes ?? []) {
    let rest = suffix;
    if (companyGuess !== null) {
      if (rest === companyGuess) {
        company ??= companyGuess;
        continue;
      }
      const trailing = new RegExp(`\\s+${escapeRegex(companyGuess)}$`);
      if (trailing.test(rest)) {
        company ??= companyGuess;
        rest = rest.replace(trailing, '');
      }
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
    // "Intern - Summer 2027", "Engineer - 2 positions": a suffix with figures is a detail, not a team.
    if (!/\d/.test(rest)) team ??= rest;
  }
  // "Title - Team | Company | Remote": after a bar comes the company (a dash introduces the team).
  const afterBars = titleLine && !factRow ? titleLine.split(' | ').slice(1) : [];
  if (company === null) {
    const named = afterBars
      .map((part) => part.trim())
      .find(
        (part) =>
          isNameLike(part) &&
          !isLocationPart(part) &&
          !workplaceFromHeaderPart(part) &&
          findEmploymentType([], [part], '') === null,
      );
    if (named) company = cleanCompanyName(named);
  }
  if (team !== null && afterBars.some((part) => part.trim() === team)) team = null;
  company ??= dominant;
  team ??= teamFromProse(prose);
  if (team !== null && company !== null && team === company) team = null;

  const locationLabel = labels.get('location');
  const locationSection = blockText(blocks, 'location');
  const sectionPhrases = locationSection
    .split('\n')
    .map((line) => line.replace(/^- /, ''))
    .filter((line) => line !== '' && line.length <= 60 && !/[.!?]$/.test(line));
  const labelled = mergeLocations([
    locationLabel ? parseLocationPhrase(locationLabel) : [],
    ...headerParts
      .filter((part) => part !== company && isLocationPart(part))
      .map((part) => parseLocationPhrase(part)),
    titleLocations,
    ...sectionPhrases.map((phrase) => parseLocationPhrase(phrase)),
  ]);
  // Prose can add a city the header left out ("based in New York or Boston"); a region or country it
  // mentions ("anywhere in Europe") is a vaguer restatement of a place the header already gave.
  const stated = findStatedLocations(page.body);
  const locations =
    labelled.length === 0
      ? mergeLocations([stated])
      : mergeLocations([labelled, stated.filter((location) => location.city !== null)]);

  const locationLabels = [...bodyLabels.every, ...metaLabels.every]
    .filter(([name]) => name === 'location')
    .map(([, value]) => value);
  const workplace = findWorkplace({
    labelValue: labels.get('workplace'),
    headerParts: [...headerParts, ...titleWorkplaceParts, ...locationLabels],
    locationSectionText: locationSection,
    text: page.body,
  });

  const employmentType = findEmploymentType(
    [labels.get('employment')].filter((value): value is string => value !== undefined),
    headerParts,
    prose,
  );
  const title = titleParts?.title ?? null;
  const labelSeniority = labels.get('seniority');
  const seniority =
    (title ? seniorityFromTitle(title) : null) ??
    (labelSeniority ? seniorityFromLabel(labelSeniority) : null) ??
    (employmentType === 'internship' ? 'intern' : null);

  const postedLabel = labels.get('posted');
  const postedAt =
    (postedLabel
      ? (parseAbsoluteDate(postedLabel) ?? parseRelativeDate(postedLabel, options.modifiedAt))
      : null) ?? findPostedDate([...bodyLines, ...metaLines], options.modifiedAt);

  const skills = findSkills(page.body);
  const names = new Set([...skillNames(), ...(company ? [company] : []), ...(team ? team.split(' ') : [])]);
  const sections = buildSections(blocks, { names });
  const summary = buildSummary(sections.about, sections.responsibilities);

  const labelUrl = labels.get('url');
  const url =
    (labelUrl && isValidUrl(labelUrl) ? labelUrl : null) ?? findPageUrl([...bodyLines, ...metaLines]);

  return {
    title,
    company,
    team,
    locations,
    workplace,
    salary: extractSalary(page.body) ?? salaryFromHeader(headerParts),
    employmentType,
    seniority,
    postedAt,
    sections,
    skills,
    summary,
    text: page.body,
    truncated: page.truncationMarker || endsMidSentence(page.body),
    board: detectBoard(`${page.meta}\n${page.body}`, url, page.tail),
    url,
  };
}
