import type { Location } from '../../model/posting.ts';
import { parseLocationPhrase } from '../../places/locations.ts';
import { dominantName, teamFromProse } from '../fields/company.ts';
import { findEmploymentType } from '../fields/employment-type.ts';
import { hasRoleWord, inferTitleFromProse, looksLikeTitle, splitTitleLine } from '../fields/title.ts';
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

export function splitHeaderLine(line: string): string[] {
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

export function isLocationPart(part: string): boolean {
  return part.length <= 60 && !/\d{3,}/.test(part) && parseLocationPhrase(part).length > 0;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function readHeader(inputs: HeaderInputs): HeaderReading {
  const { header, labels, prose } = inputs;
  // Title: a stated title, a label, the header's title line, or the sentence that names the role.
  const titleLine =
    inputs.statedTitle ??
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
    inputs.siteName ??
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

  return {
    title: titleParts?.title ?? null,
    company,
    team,
    headerParts,
    titleLocations,
    titleWorkplaceParts,
  };
}
