import type { EmploymentType, Location, Salary, Sections, Seniority, Workplace } from '../model/posting.ts';
import { extractSalary } from '../pay/salary.ts';
import { mergeLocations } from '../places/location-list.ts';
import { findStatedLocations, parseLocationPhrase } from '../places/locations.ts';
import { stripPageNoise } from './clean/page-noise.ts';
import { detectBoard, findPageUrl, isValidUrl } from './fields/board.ts';
import { findEmploymentType } from './fields/employment-type.ts';
import { findPostedDate, parseAbsoluteDate, parseRelativeDate } from './fields/posted-date.ts';
import { seniorityFromLabel, seniorityFromTitle } from './fields/seniority.ts';
import { findSkills, SKILL_NAMES } from './fields/skills.ts';
import { buildSummary } from './fields/summary.ts';
import { findWorkplace } from './fields/workplace.ts';
import { scanLabels } from './segment/labels.ts';
import { isLocationPart, readHeader } from './segment/posting-header.ts';
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

/** A header line or part that reads as prose ends the header. */
function isProse(line: string): boolean {
  if (line.split(' | ').length >= 3) return false;
  return line.startsWith('- ') || line.length > 100 || (/[.!?]$/.test(line) && line.split(' ').length >= 5);
}

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

  const { title, company, team, headerParts, titleLocations, titleWorkplaceParts } = readHeader({
    header,
    labels,
    prose,
    siteName: page.siteName,
    ...(options.title ? { statedTitle: options.title } : {}),
  });

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
