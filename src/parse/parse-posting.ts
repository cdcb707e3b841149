import { Posting, type PostingSource } from '../model/posting.ts';
import { mergeLocations } from '../places/location-list.ts';
import { decodeEntities, normaliseText } from './clean/normalise-text.ts';
import { boardFromUrl, isValidUrl } from './fields/board.ts';
import { postingId } from './posting-id.ts';
import { type FrontMatter, readFrontMatter } from './read/front-matter.ts';
import { htmlFragmentToText, readHtml } from './read/html-to-text.ts';
import { findJobPostings, type JsonObject, readJobPosting } from './read/json-posting.ts';
import { readPostingText, type TextReading } from './read-posting-text.ts';

/** A saved posting file, as the storage layer hands it over: no file system in here. */
export interface PostingFile {
  /** Shown to people and stored in `source.path`. */
  path: string;
  content: string;
  /**
   * The reference instant for relative dates ("Posted 3 days ago" counts back from here): when the bot
   * first read this file. Storage keeps it, so a re-clone or copy, which resets the file's mtime, never
   * makes an old posting new again. The parser never reads the clock.
   */
  modifiedAt: Date;
}

export type ParseOutcome = { ok: true; postings: Posting[] } | { ok: false; reason: string };

const FORMATS: Record<string, 'text' | 'html' | 'json'> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** Reasons a person can act on; tests and the CLI show them as they are. */
export const REASONS = {
  empty: 'no job posting text found (the file is empty)',
  binary: 'the file is binary, not text (it holds NUL bytes or mostly unprintable characters)',
  notUtf8:
    'the file is not valid UTF-8 text (it holds U+FFFD replacement characters); save it again as UTF-8',
  noTitle:
    'no job title found: looked for a title line, a "Title:" label, a JSON "title" and a role named in the text (such as "engineer", "nurse" or "hiring Go developers")',
  noJobPosting: 'the JSON holds no JobPosting (expected an object with a "title", or an array of them)',
} as const;

function extensionOf(path: string): string {
  const match = /\.[^./\\]+$/.exec(path);
  return match ? match[0].toLowerCase() : '';
}

const UNPRINTABLE = /[\u0001-\u0008\u000E-\u001F\u007F]/;
const UNPRINTABLE_ALL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

/** Why content cannot be a posting at all, or null when it can be read. */
function contentProblem(content: string): string | null {
  if (content.includes('\u0000')) return REASONS.binary;
  const sample = content.slice(0, 4096);
  const unprintable = UNPRINTABLE.test(sample) ? (sample.match(UNPRINTABLE_ALL)?.length ?? 0) : 0;
  if (sample.length > 0 && unprintable / sample.length > 0.1) return REASONS.binary;
  if (content.includes('\uFFFD')) return REASONS.notUtf8;
  if (!/\S/.test(content)) return REASONS.empty;
  return null;
}

function sourceOf(path: string, reading: { board: string | null; url: string | null }): PostingSource {
  const url = reading.url && isValidUrl(reading.url) ? reading.url : null;
  const board = reading.board ?? (url ? boardFromUrl(url) : null);
  return { path, ...(board ? { board } : {}), ...(url ? { url } : {}) };
}

function finish(reading: TextReading, path: string): Posting | string {
  if (reading.title === null) return REASONS.noTitle;
  const { sections } = reading;
  const roleItems = [...sections.responsibilities, ...sections.qualifications].join(' ');
  const id = postingId({
    company: reading.company,
    title: reading.title,
    team: reading.team,
    locations: reading.locations,
    roleText: roleItems.trim() === '' ? `${sections.about} ${reading.text}` : roleItems,
  });
  const source = sourceOf(path, reading);
  const candidate = {
    id,
    title: reading.title,
    company: reading.company,
    team: reading.team,
    locations: reading.locations,
    workplace: reading.workplace,
    salary: reading.salary,
    employmentType: reading.employmentType,
    seniority: reading.seniority,
    postedAt: reading.postedAt,
    ...(reading.validThrough ? { validThrough: reading.validThrough } : {}),
    sections,
    skills: reading.skills,
    summary: reading.summary,
    text: reading.text,
    source,
    sources: [source],
    truncated: reading.truncated,
  };
  const parsed = Posting.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `the parsed posting is invalid (${issue?.path.join('.') ?? 'posting'}: ${issue?.message ?? 'unknown problem'})`;
}

/** A description the page shows is mostly there line for line, or at least word for word. */
const SHOWN_LINE_SHARE = 0.6;
const SHOWN_WORD_SHARE = 0.8;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/**
 * The text to read for a page with one JobPosting. The visible text carries facts the JSON-LD leaves out
 * ("Hybrid", "Posted 3 days ago"), but a client-rendered board saves little more than its `<h1>`, and some
 * show only the start of the description: when the visible text is thinner than the description, the
 * description is read whole, after the visible lines it does not already hold.
 */
export function textWithDescription(pageText: string, description: string): string {
  const descriptionLines = description.split('\n').filter((line) => line !== '');
  if (descriptionLines.length === 0) return pageText;
  const pageLines = new Set(pageText.split('\n'));
  let total = 0;
  let shown = 0;
  for (const line of descriptionLines) {
    total += line.length;
    if (pageLines.has(line)) shown += line.length;
  }
  if (shown / total >= SHOWN_LINE_SHARE) return pageText;
  const pageWords = new Set(wordsOf(pageText));
  const words = wordsOf(description);
  const shownWords = words.filter((word) => pageWords.has(word)).length;
  if (words.length > 0 && shownWords / words.length >= SHOWN_WORD_SHARE) return pageText;
  const inDescription = new Set(descriptionLines);
  const pageOnly = pageText.split('\n').filter((line) => !inDescription.has(line));
  return [...pageOnly, '', description].join('\n');
}

/**
 * A JobPosting object: its own fields where it states them, the text parser for the rest. The text is the
 * page's visible text when the page shows the one posting it describes, with the description added when
 * the page shows less of it (see `textWithDescription`); else the posting's description.
 */
function fromJobPosting(
  posting: JsonObject,
  file: PostingFile,
  pageText: string | null,
  pageFacts: PageFacts = {},
): Posting | string {
  const fields = readJobPosting(posting, { reference: file.modifiedAt });
  const description = normaliseText(htmlFragmentToText(fields.description));
  const body = pageText === null ? description : textWithDescription(pageText, description);
  const headerLines = pageText === null ? [fields.title, fields.company].filter((line) => line !== null) : [];
  const reading = readPostingText([...headerLines, '', body].join('\n'), {
    modifiedAt: file.modifiedAt,
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.company ? { company: fields.company } : {}),
    ...pageFacts,
  });
  return finish(
    {
      ...reading,
      // The JSON-LD employer was weighed with the text's evidence: a board's name or "Confidential" is vetoed.
      company: reading.company,
      locations: fields.locations.length > 0 ? mergeLocations([fields.locations]) : reading.locations,
      workplace: fields.workplace ?? reading.workplace,
      salary: fields.salary ?? reading.salary,
      employmentType: fields.employmentType ?? reading.employmentType,
      postedAt: fields.postedAt ?? reading.postedAt,
      validThrough: fields.validThrough ?? reading.validThrough,
      url: fields.url ?? reading.url,
      board: reading.board ?? (fields.url ? boardFromUrl(fields.url) : null),
    },
    file.path,
  );
}

function collect(results: (Posting | string)[]): ParseOutcome {
  const postings = results.filter((result): result is Posting => typeof result !== 'string');
  if (postings.length > 0) return { ok: true, postings };
  const reason = results.find((result): result is string => typeof result === 'string');
  return { ok: false, reason: reason ?? REASONS.noJobPosting };
}

function parseJson(file: PostingFile): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(file.content);
  } catch (error) {
    return { ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const postings = findJobPostings(value);
  if (postings.length === 0) return { ok: false, reason: REASONS.noJobPosting };
  return collect(postings.map((posting) => fromJobPosting(posting, file, null)));
}

/** What a saved HTML page says about itself outside its visible text: more places it names its employer. */
interface PageFacts {
  pageTitle?: string;
  pageUrl?: string;
}

/** The page's <title>, decoded; bounded, so a page with no closing tag costs one scan. */
function pageTitleOf(html: string): string | null {
  const open = html.search(/<title[\s>]/i);
  if (open < 0) return null;
  const start = html.indexOf('>', open) + 1;
  const end = html.slice(start, start + 400).search(/<\/title>/i);
  if (end < 0) return null;
  const title = decodeEntities(html.slice(start, start + end))
    .replace(/\s+/g, ' ')
    .trim();
  return title === '' ? null : title;
}

function parseHtml(file: PostingFile): ParseOutcome {
  const page = readHtml(file.content);
  const title = pageTitleOf(file.content);
  const pageFacts: PageFacts = {
    ...(title ? { pageTitle: title } : {}),
    ...(page.url ? { pageUrl: page.url } : {}),
  };
  const text = normaliseText(page.text);
  const jobPostings = page.jsonLd.flatMap(findJobPostings);
  if (jobPostings.length > 0) {
    return collect(
      jobPostings.map((posting) =>
        fromJobPosting(
          page.url && posting.url === undefined ? { ...posting, url: page.url } : posting,
          file,
          jobPostings.length === 1 && text.trim() !== '' ? text : null,
          jobPostings.length === 1 ? pageFacts : {},
        ),
      ),
    );
  }
  if (text.trim() === '')
    return { ok: false, reason: 'no job posting text found (the page has no visible text)' };
  const reading = readPostingText(text, { modifiedAt: file.modifiedAt, ...pageFacts });
  return collect([finish({ ...reading, url: reading.url ?? page.url }, file.path)]);
}

function parseText(file: PostingFile): ParseOutcome {
  const reading = readPostingText(normaliseText(file.content), { modifiedAt: file.modifiedAt });
  return collect([finish(reading, file.path)]);
}

/** Reasons quote parser messages that may hold the file's own line breaks; a reason is one short line. */
function oneLine(outcome: ParseOutcome): ParseOutcome {
  if (outcome.ok) return outcome;
  const reason = outcome.reason.replace(/\s+/g, ' ').trim();
  return { ok: false, reason: reason.length > 200 ? `${reason.slice(0, 199)}…` : reason };
}

/** Parses one saved posting file. Never throws: every problem comes back as a one-line reason. */
export function parsePostingFile(file: PostingFile): ParseOutcome {
  const { frontMatter, body } = readFrontMatter(file.content);
  const outcome = oneLine(parseAny(frontMatter === null ? file : { ...file, content: body }));
  return frontMatter === null ? outcome : withFrontMatter(outcome, frontMatter);
}

/** The header a posting saved from Slack carries: who added it and when, and the link it came from. */
function withFrontMatter(outcome: ParseOutcome, frontMatter: FrontMatter): ParseOutcome {
  if (!outcome.ok) return outcome;
  const { addedBy, addedAt, sourceUrl } = frontMatter;
  const url = sourceUrl !== null && isValidUrl(sourceUrl) ? sourceUrl : null;
  return {
    ok: true,
    postings: outcome.postings.map((posting) => {
      const source =
        url === null
          ? posting.source
          : sourceOf(posting.source.path, { board: posting.source.board ?? null, url });
      return {
        ...posting,
        source,
        sources: [source, ...posting.sources.slice(1)],
        ...(addedBy !== null && addedAt !== null ? { addedBy: { userId: addedBy, at: addedAt } } : {}),
      };
    }),
  };
}

function parseAny(file: PostingFile): ParseOutcome {
  try {
    const format = FORMATS[extensionOf(file.path)];
    if (!format) {
      return {
        ok: false,
        reason: `unsupported file type "${extensionOf(file.path) || 'no extension'}" (expected .txt, .md, .html, .htm or .json)`,
      };
    }
    const problem = contentProblem(file.content);
    if (problem) return { ok: false, reason: problem };
    if (format === 'json') return parseJson(file);
    if (format === 'html') return parseHtml(file);
    return parseText(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not parse the file: ${message.split('\n')[0]}` };
  }
}
