import type { EmploymentType, Location, Salary, Sections, Seniority, Workplace } from '../model/posting.ts';
import { salaryFromHeaderParts } from '../pay/header-salary.ts';
import { type PayContext, payContextOf } from '../pay/pay-context.ts';
import { extractSalary } from '../pay/salary.ts';
import { readPostingPlaces } from '../places/posting-places.ts';
import { stripPageNoise } from './clean/page-noise.ts';
import { boardFromUrl, detectBoard, findPageUrl, isValidUrl } from './fields/board.ts';
import { copyrightName } from './fields/company.ts';
import { findEmploymentType } from './fields/employment-type.ts';
import { findClosingDate, findPostedDate, readPostedValue } from './fields/posted-date.ts';
import { seniorityFromLabel, seniorityFromTitle } from './fields/seniority.ts';
import { findSkills, SKILL_NAMES } from './fields/skills.ts';
import { buildSummary } from './fields/summary.ts';
import { looksLikeTitle } from './fields/title.ts';
import { findWorkplace } from './fields/workplace.ts';
import { scanLabels } from './segment/labels.ts';
import { isLocationPart, readHeader, withLocationPartMemo } from './segment/posting-header.ts';
import { blockText, buildSections, matchHeading, splitBlocks } from './segment/sections.ts';

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
  validThrough: string | null;
  sections: Sections;
  skills: string[];
  summary: string;
  text: string;
  truncated: boolean;
  board: string | null;
  url: string | null;
}

export interface ReadOptions {
  /** The reference instant for relative dates ("3 days ago" counts back from here): when the bot first read the file. */
  modifiedAt: Date;
  /** A title the file states outright (a JSON field), used instead of searching the text. */
  title?: string;
  /** The employer a JSON-LD JobPosting names: one more, strong, company candidate (vetoed like any other). */
  company?: string;
  /** A saved HTML page's <title> and own address: more places the page names its employer. */
  pageTitle?: string;
  pageUrl?: string;
}

const LEGAL_FORM_END = /\b(?:Ltd|Inc|Pte|Co|Corp|Pvt|Bhd|Tbk|L\.P|S\.A|B\.V|N\.V|L\.L\.C)\.$/i;

/** A header line or part that reads as prose ends the header. */
function isProse(line: string): boolean {
  if (line.split(' | ').length >= 3) return false;
  // "MAJU BERSAMA LOGISTIK SDN. BHD.": a legal form's full stop does not end a sentence.
  const sentence = /[.!?]$/.test(line) && !LEGAL_FORM_END.test(line) && line.split(' ').length >= 5;
  // A long title is still a title ("Registered Nurse - ICU - Night Shift - … - Relocation Assistance").
  return line.startsWith('- ') || (line.length > 100 && !looksLikeTitle(line)) || sentence;
}

/** The posting's pay: what its text states, else a bare range in its header row. */
function readSalary(body: string, headerParts: readonly string[], context: PayContext): Salary | null {
  return extractSalary(body, context) ?? salaryFromHeaderParts(headerParts, context);
}

function endsMidSentence(body: string): boolean {
  const lines = body.split('\n').filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || last.startsWith('- ') || last.length < 60 || matchHeading(last)) return false;
  return /[\p{L}\p{N},;]$/u.test(last);
}

export function readPostingText(normalised: string, options: ReadOptions): TextReading {
  return withLocationPartMemo(() => readText(normalised, options));
}

function readText(normalised: string, options: ReadOptions): TextReading {
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
  let firstLine = true;
  while (headerEnd < preamble.lines.length) {
    const line = preamble.lines[headerEnd]!;
    // The page's first line may shout ("WAREHOUSE PICKER/PACKER - IMMEDIATE START!!") and still be its title.
    if (line !== '' && isProse(line) && !(firstLine && looksLikeTitle(line))) break;
    if (line !== '') firstLine = false;
    headerEnd++;
  }
  const header = preamble.lines.slice(0, headerEnd).filter((line) => line !== '');
  preamble.lines = preamble.lines.slice(headerEnd);
  const prose = contentLines.filter((line) => !header.includes(line)).join('\n');

  const { title, company, team, headerParts, titleLocations, titleWorkplaceParts } = readHeader({
    header,
    labels,
    prose,
    siteName: page.siteName,
    chrome: metaLines,
    brand: page.brand,
    copyright: copyrightName([...page.tail.split('\n'), ...metaLines]),
    ...(options.title ? { statedTitle: options.title } : {}),
    ...(options.company ? { statedCompany: options.company } : {}),
    ...(options.pageTitle ? { pageTitle: options.pageTitle } : {}),
    ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
  });

  const locationLabel = labels.get('location');
  const locationSection = blockText(blocks, 'location');
  const sectionPhrases = locationSection
    .split('\n')
    .map((line) => line.replace(/^- /, ''))
    .filter((line) => line !== '' && line.length <= 60 && !/[.!?]$/.test(line));
  const everyLocationLabel = [...bodyLabels.every, ...metaLabels.every]
    .filter(([name]) => name === 'location')
    .map(([, value]) => value);
  const pageText = `${page.meta}\n${page.body}`;
  const boardOfPage = detectBoard(pageText, null, page.tail);
  const places = readPostingPlaces({
    locationLabels: [...(locationLabel ? [locationLabel] : []), ...everyLocationLabel],
    headerParts: headerParts.filter((part) => part !== company && isLocationPart(part)),
    titleLocations,
    sectionPhrases,
    body: page.body,
    board: boardOfPage,
    chrome: page.meta,
  });
  const locations = places.locations;

  const locationLabels = [...bodyLabels.every, ...metaLabels.every]
    .filter(([name]) => name === 'location')
    .map(([, value]) => value);
  const workplace = findWorkplace({
    labelValue: labels.get('workplace'),
    besidePlace: places.workplace,
    headerParts: [...headerParts, ...titleWorkplaceParts, ...locationLabels],
    locationSectionText: locationSection,
    text: page.body,
  });

  // Every employment label: "Schedule: Monday to Friday" may come before "Job Type: Full-time".
  const employmentLabels = [...bodyLabels.every, ...metaLabels.every]
    .filter(([name]) => name === 'employment')
    .map(([, value]) => value);
  const employmentType = findEmploymentType(employmentLabels, headerParts, page.body, title);
  const labelSeniority = labels.get('seniority');
  const seniority =
    (title ? seniorityFromTitle(title) : null) ??
    (labelSeniority ? seniorityFromLabel(labelSeniority) : null) ??
    (employmentType === 'internship' ? 'intern' : null);

  // US boards print 03/04/2026 month first; everywhere else it is day first.
  const countries = new Set(locations.map((location) => location.country).filter((code) => code !== null));
  const dateContext = {
    reference: options.modifiedAt,
    monthFirst: countries.size === 1 && countries.has('US'),
  };
  const dateLines = { body: bodyLines, meta: metaLines };
  const postedLabel = labels.get('posted');
  const postedAt =
    (postedLabel ? readPostedValue(postedLabel, dateContext) : null) ??
    findPostedDate(dateLines, dateContext);
  const validThrough = findClosingDate(dateLines, dateContext);

  const skills = findSkills(page.body);
  const names = new Set([...SKILL_NAMES, ...(company ? [company] : []), ...(team ? team.split(' ') : [])]);
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
    // After the places: a bare `$` or a figure with no currency reads in the posting's country's money.
    salary: readSalary(page.body, headerParts, payContextOf(locations)),
    employmentType,
    seniority,
    postedAt,
    validThrough,
    sections,
    skills,
    summary,
    text: page.body,
    truncated: page.truncationMarker || endsMidSentence(page.body),
    // The URL only changes the answer when it names a board itself (a page's own "via …" still wins).
    board: url !== null && boardFromUrl(url) !== null ? detectBoard(pageText, url, page.tail) : boardOfPage,
    url,
  };
}
