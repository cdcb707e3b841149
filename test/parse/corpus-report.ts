import { z } from 'zod';
import { alignedTable } from '../../bench/table.ts';
import type { Posting } from '../../src/model/posting.ts';
import type { ParseOutcome } from '../../src/parse/parse-posting.ts';

/**
 * Field-level accuracy and precision of the parser over the world-like corpus (test/fixtures/corpus/).
 * Pure: it takes parsed outcomes and expectations and returns figures; reading files and printing live in
 * bench/corpus.ts and test/parse/corpus-accuracy.test.ts.
 *
 * Comparison rules (one definition of "right", shared by the bench and the test):
 * - title, company: lower-cased, accents folded, punctuation dropped, whitespace collapsed, then equal to any
 *   acceptable alternative. A null expectation is right only when the parser gives null.
 * - city: the set of the parser's non-null cities equals the expected set (case- and accent-insensitive, with
 *   the aliases below, so "Bangalore" and "Bengaluru" are one city). country: the same over country codes.
 *   region: reported (for expected places that give one) but never asserted.
 * - salary: right when both are null, or when min and max (each within 0.5), currency and period all equal
 *   (to any listed alternative).
 * - workplace, postedAt: exactly equal (null included); employmentType: equal to any listed alternative.
 * - A page whose expectation is `refuse: true` is right when the parser refuses it; its fields are not
 *   scored. A refused real posting counts as giving null for every field (so it is wrong wherever the page
 *   states something) and is counted apart.
 * - A page that gives several postings is compared on its first posting; the count of such pages is reported.
 * accuracy = right / pages; precision = right / pages where the parser gave a non-null value.
 */

const AnyOf = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const ExpectedLocation = z.strictObject({
  city: z.string().min(1).nullable(),
  region: z.string().min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
});

const ExpectedSalary = z.strictObject({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['hour', 'day', 'week', 'month', 'year']),
});

const EmploymentType = z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']);

export const CorpusExpectation = z.strictObject({
  /** The day the page was saved: relative dates on it count back from here. */
  savedAt: z.iso.date(),
  title: AnyOf.nullable(),
  company: AnyOf.nullable(),
  locations: z.array(ExpectedLocation),
  workplace: z.enum(['onsite', 'hybrid', 'remote']).nullable(),
  /** A list when a careful reader could record either (one posting listing several roles' pay, or the first role's). */
  salary: z.union([ExpectedSalary, z.array(ExpectedSalary).min(1)]).nullable(),
  /** A list when the page's own words fit more than one (SEEK "Casual/Vacation", "Full-time, Fixed term contract"). */
  employmentType: z.union([EmploymentType, z.array(EmploymentType).min(1)]).nullable(),
  postedAt: z.iso.date().nullable(),
  /** True only for a page that names no role at all (results page, login wall, "about us"). */
  refuse: z.boolean(),
});
export type CorpusExpectation = z.infer<typeof CorpusExpectation>;

export const CorpusExpectations = z.record(z.string(), CorpusExpectation);
export type CorpusExpectations = z.infer<typeof CorpusExpectations>;

export const FIELDS = [
  'title',
  'company',
  'city',
  'country',
  'region',
  'workplace',
  'salary',
  'employmentType',
  'postedAt',
] as const;
export type Field = (typeof FIELDS)[number];

/** Fields whose figures tests hold to a floor; region is spelled too many ways to assert. */
export const ASSERTED_FIELDS = FIELDS.filter((field) => field !== 'region');

export interface CorpusPage {
  /** Relative to the corpus folder, e.g. `seek/07-barista-perth.txt`; the first folder is the board family. */
  path: string;
  expected: CorpusExpectation;
  outcome: ParseOutcome;
}

export interface Figure {
  pages: number;
  right: number;
  /** Pages where the parser gave a non-null value for the field. */
  given: number;
  /** Right among the pages where it gave a value. */
  rightGiven: number;
}

export interface Miss {
  path: string;
  field: Field | 'refusal';
  expected: string;
  got: string;
}

export interface CorpusReport {
  pages: number;
  overall: Record<Field, Figure>;
  byBoard: Record<string, Record<Field, Figure>>;
  /** Real postings (refuse: false) the parser refused. */
  refusedPostings: string[];
  /** Pages that name no role (refuse: true) the parser accepted anyway. */
  acceptedNonPostings: string[];
  nonPostings: number;
  /** A salary on a page that states none. */
  inventedSalaries: string[];
  multiPostingPages: number;
  misses: Miss[];
}

/** Spellings of one city a person would take as the same place. Keys and values are already folded. */
const CITY_ALIASES: Record<string, string> = {
  bangalore: 'bengaluru',
  gurgaon: 'gurugram',
  bombay: 'mumbai',
  'new delhi': 'delhi',
  madras: 'chennai',
  munchen: 'munich',
  koln: 'cologne',
  'frankfurt am main': 'frankfurt',
  nurnberg: 'nuremberg',
  'new york city': 'new york',
  nyc: 'new york',
  'washington dc': 'washington',
  'washington d c': 'washington',
  saigon: 'ho chi minh city',
  kl: 'kuala lumpur',
  'city of london': 'london',
  'greater london': 'london',
  'newcastle upon tyne': 'newcastle',
  'makati city': 'makati',
  'newcastle-upon-tyne': 'newcastle',
};

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function cityKey(city: string): string {
  const folded = fold(city);
  return CITY_ALIASES[folded] ?? folded;
}

function alternatives(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(show).join(' | ');
  return JSON.stringify(value);
}

function showSalary(
  salary: { min: number | null; max: number | null; currency: string; period: string } | null,
) {
  return salary === null
    ? 'null'
    : `${salary.min ?? '…'}-${salary.max ?? '…'} ${salary.currency}/${salary.period}`;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 0.5;
}

interface Judgement {
  right: boolean;
  given: boolean;
  expected: string;
  got: string;
}

/** Judges one field of one page; `posting` is null when the parser refused the page. */
export function judge(field: Field, expected: CorpusExpectation, posting: Posting | null): Judgement {
  switch (field) {
    case 'title':
    case 'company': {
      const want = expected[field];
      const got = posting?.[field] ?? null;
      const right =
        want === null
          ? got === null
          : got !== null && alternatives(want).some((alt) => fold(alt) === fold(got));
      return { right, given: got !== null, expected: show(want), got: show(got) };
    }
    case 'city': {
      const want = new Set(expected.locations.flatMap((place) => (place.city ? [cityKey(place.city)] : [])));
      const cities = (posting?.locations ?? []).flatMap((place) => (place.city ? [place.city] : []));
      const got = new Set(cities.map(cityKey));
      return {
        right: sameSet(want, got),
        given: got.size > 0,
        expected: show(expected.locations.flatMap((place) => (place.city ? [place.city] : []))),
        got: show(cities),
      };
    }
    case 'country': {
      const want = new Set(expected.locations.flatMap((place) => (place.country ? [place.country] : [])));
      const got = new Set(
        (posting?.locations ?? []).flatMap((place) => (place.country ? [place.country] : [])),
      );
      return {
        right: sameSet(want, got),
        given: got.size > 0,
        expected: show([...want]),
        got: show([...got]),
      };
    }
    case 'region': {
      // Only places whose expectation names a region are judged; a page with none counts as right.
      const places = posting?.locations ?? [];
      const wanted = expected.locations.filter((place) => place.region !== undefined);
      const right = wanted.every((place) =>
        places.some(
          (got) =>
            got.region !== null &&
            fold(got.region) === fold(place.region ?? '') &&
            (place.city === null || (got.city !== null && cityKey(got.city) === cityKey(place.city))),
        ),
      );
      return {
        right,
        given: places.some((place) => place.region !== null),
        expected: show(wanted.map((place) => place.region)),
        got: show(places.map((place) => place.region)),
      };
    }
    case 'salary': {
      const wanted =
        expected.salary === null ? [] : Array.isArray(expected.salary) ? expected.salary : [expected.salary];
      const got = posting?.salary ?? null;
      const right =
        got === null
          ? wanted.length === 0
          : wanted.some(
              (want) =>
                sameNumber(want.min, got.min) &&
                sameNumber(want.max, got.max) &&
                want.currency === got.currency &&
                want.period === got.period,
            );
      return {
        right,
        given: got !== null,
        expected: wanted.length === 0 ? 'null' : wanted.map(showSalary).join(' | '),
        got: showSalary(got),
      };
    }
    case 'employmentType': {
      const want = expected.employmentType;
      const got = posting?.employmentType ?? null;
      const right = want === null ? got === null : got !== null && alternatives(want).includes(got);
      return { right, given: got !== null, expected: show(want), got: show(got) };
    }
    case 'workplace':
    case 'postedAt': {
      const want = expected[field];
      const got = posting?.[field] ?? null;
      return { right: want === got, given: got !== null, expected: show(want), got: show(got) };
    }
  }
}

function emptyFigures(): Record<Field, Figure> {
  return Object.fromEntries(
    FIELDS.map((field) => [field, { pages: 0, right: 0, given: 0, rightGiven: 0 }]),
  ) as Record<Field, Figure>;
}

export function boardOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? '(top)' : path.slice(0, slash);
}

export function buildCorpusReport(pages: readonly CorpusPage[]): CorpusReport {
  const overall = emptyFigures();
  const byBoard: Record<string, Record<Field, Figure>> = {};
  const report: CorpusReport = {
    pages: pages.length,
    overall,
    byBoard,
    refusedPostings: [],
    acceptedNonPostings: [],
    nonPostings: 0,
    inventedSalaries: [],
    multiPostingPages: 0,
    misses: [],
  };
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const { expected, outcome } = page;
    if (expected.refuse) {
      report.nonPostings += 1;
      if (outcome.ok) {
        report.acceptedNonPostings.push(page.path);
        report.misses.push({
          path: page.path,
          field: 'refusal',
          expected: 'refused',
          got: show(outcome.postings[0]?.title ?? null),
        });
      }
      continue;
    }
    const posting = outcome.ok ? (outcome.postings[0] ?? null) : null;
    if (!outcome.ok) {
      report.refusedPostings.push(page.path);
      report.misses.push({ path: page.path, field: 'refusal', expected: 'a posting', got: outcome.reason });
    }
    if (outcome.ok && outcome.postings.length > 1) report.multiPostingPages += 1;
    if (expected.salary === null && posting?.salary) report.inventedSalaries.push(page.path);
    const board = boardOf(page.path);
    byBoard[board] ??= emptyFigures();
    for (const field of FIELDS) {
      const judgement = judge(field, expected, posting);
      for (const figure of [overall[field], byBoard[board][field]]) {
        figure.pages += 1;
        if (judgement.right) figure.right += 1;
        if (judgement.given) figure.given += 1;
        if (judgement.given && judgement.right) figure.rightGiven += 1;
      }
      if (!judgement.right) {
        report.misses.push({ path: page.path, field, expected: judgement.expected, got: judgement.got });
      }
    }
  }
  return report;
}

/** right / pages, as a fraction; 1 for no pages (nothing to get wrong). */
export function accuracy(figure: Figure): number {
  return figure.pages === 0 ? 1 : figure.right / figure.pages;
}

/** right / pages where the parser gave a value; 1 when it never gave one (it claimed nothing wrong). */
export function precision(figure: Figure): number {
  return figure.given === 0 ? 1 : figure.rightGiven / figure.given;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** The printed report: a table per field, a table per board family, then the refusal and salary counts. */
export function formatCorpusReport(report: CorpusReport, fields: readonly Field[] = FIELDS): string {
  const fieldRows = fields.map((field) => {
    const figure = report.overall[field];
    return [
      field,
      `${figure.right}/${figure.pages}`,
      percent(accuracy(figure)),
      `${figure.rightGiven}/${figure.given}`,
      percent(precision(figure)),
    ];
  });
  const boards = Object.keys(report.byBoard).sort();
  const boardRows = boards.map((board) => {
    const figures = report.byBoard[board] ?? emptyFigures();
    return [
      board,
      String(figures[fields[0] ?? 'title'].pages),
      ...fields.map(
        (field) =>
          `${Math.round(accuracy(figures[field]) * 100)}/${Math.round(precision(figures[field]) * 100)}`,
      ),
    ];
  });
  const postings = report.pages - report.nonPostings;
  return [
    `corpus: ${report.pages} pages (${postings} postings, ${report.nonPostings} pages that name no role)`,
    '',
    alignedTable(['field', 'right', 'accuracy', 'right/given', 'precision'], fieldRows),
    '',
    'per board family (accuracy % / precision %):',
    alignedTable(['board', 'pages', ...fields], boardRows),
    '',
    `real postings refused: ${report.refusedPostings.length}${report.refusedPostings.length ? ` (${report.refusedPostings.join(', ')})` : ''}`,
    `pages naming no role that were accepted: ${report.acceptedNonPostings.length}/${report.nonPostings}${report.acceptedNonPostings.length ? ` (${report.acceptedNonPostings.join(', ')})` : ''}`,
    `invented salaries (a salary where the page states none): ${report.inventedSalaries.length}${report.inventedSalaries.length ? ` (${report.inventedSalaries.join(', ')})` : ''}`,
    `pages giving several postings (first one compared): ${report.multiPostingPages}`,
  ].join('\n');
}

/** Every miss as `path  field  expected  got`, for `--verbose`: left-aligned columns, one miss a line. */
export function formatMisses(report: CorpusReport, fields: readonly (Field | 'refusal')[]): string {
  const misses = report.misses.filter((miss) => fields.includes(miss.field));
  if (misses.length === 0) return 'no misses';
  const rows = [
    ['path', 'field', 'expected', 'got'],
    ...misses.map((m) => [m.path, m.field, m.expected, m.got]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
