import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePostingTexts } from '../../bench/generate-postings.ts';
import { Posting } from '../../src/model/posting.ts';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';

/**
 * Whatever lands in the postings folder, the parser answers: postings that pass the schema, or a reason a
 * person can read. It never throws, and it never takes time out of proportion to the file's size, because
 * one odd file must not stall the bot for everyone.
 */

const MODIFIED_AT = new Date('2026-11-20T12:00:00Z');
const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json'] as const;
/** Enough cases to hit the odd corners, few enough to keep the suite quick on two cores. */
const RUNS = 200;

/** Checks one parse and returns nothing; fast-check reports the input that made it throw. */
function assertWellFormedOutcome(path: string, content: string): void {
  const outcome = parsePostingFile({ path, content, modifiedAt: MODIFIED_AT });
  if (outcome.ok) {
    for (const posting of outcome.postings) {
      const result = Posting.safeParse(posting);
      if (!result.success) throw new Error(`schema-invalid posting: ${JSON.stringify(result.error.issues)}`);
    }
  } else {
    expect(typeof outcome.reason).toBe('string');
    expect(outcome.reason.trim()).not.toBe('');
    expect(outcome.reason).not.toMatch(/[\r\n]/);
  }
}

const anyPath = fc.constantFrom(...EXTENSIONS).map((extension) => `property/posting${extension}`);

/** Pieces of real postings and page noise, including the money, date and place shapes the parser reads. */
const FRAGMENTS = [
  'Senior Backend Engineer',
  'Staff Software Engineer, Payments',
  'Product Manager',
  'Junior Data Analyst (m/w/d)',
  'Engineering Manager - Mobile',
  'Northwind Ledger · San Francisco, CA · 2 weeks ago · Over 200 applicants',
  'London / Full-time / Data Platform / Hybrid',
  'Tidewell | Senior Backend Engineer (Go) | REMOTE (US) | Full-time | $150k-$200k | https://tidewell.example/jobs',
  'Remote (US)',
  'Remote - EMEA',
  'New York, NY or Boston',
  'Bengaluru, Karnataka, India',
  'Location: Berlin, Germany',
  'This role is based in London.',
  'We ask that you be located in the Eastern Standard time zone.',
  '$150k-$200k',
  '$120,000 - $150,000 per year',
  '$85 - $110/hr',
  '£550 per day (Outside IR35)',
  '£55,000 - £68,000 per annum DOE',
  '70.000 € – 85.000 € brutto pro Jahr',
  '₹25,00,000 - ₹35,00,000 per annum (25-35 LPA)',
  'S$7,500 to S$9,800 Monthly',
  'CA$120,000 – CA$145,000 CAD',
  'Up to $90k',
  'From £40,000',
  'We raised a $40M Series B and passed $12M ARR.',
  'A 401(k) match of 4% and a $1,500 learning budget.',
  'Posted 3 days ago',
  'Posted on November 14, 2026',
  'Posted 30+ Days Ago',
  "What you'll do",
  'Requirements',
  'Benefits',
  '- Build services in Go and PostgreSQL',
  '• Kubernetes, Terraform and AWS',
  '* 5+ years of experience',
  'Seniority level\nMid-Senior level\nEmployment type\nFull-time',
  'Show more',
  'People also viewed',
  'Similar jobs',
  'Apply for this job',
  'First Name*\nResume/CV*',
  '..... full job details .....',
  '… see more',
  'Hybrid',
  'On-site',
  'Full-time',
  'Contract',
  'Internship',
  'Vollzeit',
  '<h1>Data Engineer</h1>',
  '<script>var price = "$$$";</script>',
  '<p>We are looking for a Staff Data Engineer</p>',
  '{"@type":"JobPosting","title":"Data Engineer"}',
  '# Heading',
  '**bold**',
  '',
] as const;

const SEPARATORS = ['\n', ' ', '\n\n', ' | ', ' · ', ' / ', ', ', '\t'] as const;

const jobLikeText = fc
  .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom(...SEPARATORS))
  .map(([parts, separator]) => parts.join(separator));

/** Runs of the characters that number, currency and range patterns look at: where backtracking hides. */
const REPEATED_UNITS = [
  '$',
  '-',
  '1,',
  'k-',
  '€',
  '£',
  '.',
  ' ',
  '\n',
  '|',
  '<',
  '{',
  '[',
  '"',
  '…',
  '$1',
  '0',
  '1.',
  'a ',
  'Senior ',
  '<div>',
  '{"a":',
  '- ',
  '$1-',
  '1 - ',
  '/hr',
  'k',
  ',',
  '\u00a0',
] as const;

const repeatedSeparators = fc
  .tuple(
    fc.constantFrom('', 'Senior Backend Engineer\n', 'Salary: ', '<h1>Engineer</h1>'),
    fc.constantFrom(...REPEATED_UNITS),
    fc.integer({ min: 1, max: 5_000 }),
  )
  .map(([prefix, unit, times]) => prefix + unit.repeat(times));

const decodedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le'))
  .map(([bytes, encoding]) => new TextDecoder(encoding).decode(bytes));

/** JobPosting-shaped JSON with fields of the wrong types, missing, or nonsense. */
const jobPostingJson = fc
  .record(
    {
      '@type': fc.constantFrom('JobPosting', 'Thing', 5),
      title: fc.oneof(fc.string(), jobLikeText, fc.integer(), fc.constant(null)),
      hiringOrganization: fc.oneof(
        fc.string(),
        fc.record({ name: fc.oneof(fc.string(), fc.integer()) }),
        fc.anything(),
      ),
      datePosted: fc.constantFrom('2026-11-03', '2026-13-45', 'yesterday', '', '2026-11-03T10:00:00Z'),
      employmentType: fc.oneof(
        fc.constantFrom('FULL_TIME', 'CONTRACTOR', ['PART_TIME', 'INTERN']),
        fc.anything(),
      ),
      baseSalary: fc.oneof(
        fc.record({
          currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'usd', ''), fc.string()),
          value: fc.oneof(
            fc.record({
              minValue: fc.oneof(fc.double(), fc.integer(), fc.string()),
              maxValue: fc.oneof(fc.double(), fc.integer(), fc.string()),
              unitText: fc.constantFrom('YEAR', 'MONTH', 'HOUR', 'DAY', 'WEEK', 'FORTNIGHT', ''),
            }),
            fc.double(),
          ),
        }),
        fc.anything(),
      ),
      jobLocation: fc.anything(),
      description: fc.oneof(fc.string(), jobLikeText),
    },
    { requiredKeys: [] },
  )
  .chain((posting) => fc.constantFrom(posting, [posting], [posting, posting], { '@graph': [posting] }))
  .map((value) => JSON.stringify(value));

describe('parsePostingFile on any input', () => {
  it('answers any unicode text with valid postings or a one-line reason', () => {
    fc.assert(fc.property(anyPath, fc.string({ unit: 'binary', maxLength: 800 }), assertWellFormedOutcome), {
      numRuns: RUNS,
    });
  });

  it('answers text assembled from real posting fragments with valid postings or a one-line reason', () => {
    fc.assert(fc.property(anyPath, jobLikeText, assertWellFormedOutcome), { numRuns: RUNS });
  });

  it('answers random bytes decoded as text with valid postings or a one-line reason', () => {
    fc.assert(fc.property(anyPath, decodedBytes, assertWellFormedOutcome), { numRuns: RUNS / 2 });
  });

  it('answers long runs of separators, digits and currency signs with valid postings or a one-line reason', () => {
    fc.assert(fc.property(anyPath, repeatedSeparators, assertWellFormedOutcome), { numRuns: RUNS / 2 });
  });

  it('answers malformed JobPosting JSON with valid postings or a one-line reason', () => {
    fc.assert(
      fc.property(fc.oneof(jobPostingJson, fc.json(), fc.string()), (content) =>
        assertWellFormedOutcome('property/posting.json', content),
      ),
      { numRuns: RUNS },
    );
  });

  it('gives the same postings, ids included, each time it reads the same file', () => {
    fc.assert(
      fc.property(anyPath, jobLikeText, (path, content) => {
        const first = parsePostingFile({ path, content, modifiedAt: MODIFIED_AT });
        const second = parsePostingFile({ path, content, modifiedAt: MODIFIED_AT });
        expect(second).toEqual(first);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('parsing time grows in proportion to file size', () => {
  const base = generatePostingTexts(1, 2026)[0]!.content;
  const bullets = base.split('\n').filter((line) => line.startsWith('- '));
  /** The padding goes in the middle, where sections, salary and location scanning all have to cross it. */
  const cut = base.indexOf("What we're looking for");

  function padTo(bytes: number, filler: (index: number) => string): string {
    const parts: string[] = [];
    let size = base.length;
    for (let index = 0; size < bytes; index++) {
      const piece = filler(index);
      parts.push(piece);
      size += piece.length;
    }
    return `${base.slice(0, cut)}${parts.join('')}${base.slice(cut)}`;
  }

  function timeMs(content: string): number {
    const start = performance.now();
    parsePostingFile({ path: 'padded.txt', content, modifiedAt: MODIFIED_AT });
    return performance.now() - start;
  }

  /**
   * Median of 3 runs, against a ratio bound to the previous size. A first run already far past the bound
   * is answer enough: a super-linear parser would otherwise keep the suite busy for minutes.
   */
  function stepMs(content: string, previousMs: number, bound: number): number {
    const first = timeMs(content);
    if (first / previousMs > 3 * bound) return first;
    const times = [first, timeMs(content), timeMs(content)].sort((a, b) => a - b);
    return times[1]!;
  }

  /**
   * A linear parser takes about 10x as long for 10x the text. The bound of 30 from 100 KB to 1 MB leaves room
   * for a noisy machine and garbage collection; only super-linear work (catastrophic backtracking, quadratic
   * scans) breaks it. The steps in between fail a quadratic parser early, before it reaches 1 MB.
   */
  function expectLinear(filler: (index: number) => string): void {
    timeMs(padTo(10_000, filler)); // warm up the JIT so the first size is not charged for compilation
    const sizes = [10_000, 100_000, 316_000, 1_000_000] as const;
    const stepBounds = [60, 9, 9] as const;
    const times = [Math.max(stepMs(padTo(sizes[0], filler), Number.POSITIVE_INFINITY, 1), 0.5)];
    for (let step = 0; step < stepBounds.length; step++) {
      const previous = times[step]!;
      const current = Math.max(stepMs(padTo(sizes[step + 1]!, filler), previous, stepBounds[step]!), 0.5);
      times.push(current);
      const shown = times.map((ms, index) => `${sizes[index]! / 1000} KB: ${ms.toFixed(1)} ms`).join(', ');
      expect(current / previous, shown).toBeLessThan(stepBounds[step]!);
    }
    expect(
      times[3]! / times[1]!,
      `100 KB: ${times[1]!.toFixed(1)} ms, 1 MB: ${times[3]!.toFixed(1)} ms`,
    ).toBeLessThan(30);
  }

  it('stays linear when a posting is padded with more of its own bullet points', () => {
    expectLinear((index) => `${bullets[index % bullets.length]}\n`);
  }, 60_000);

  it('stays linear when a posting is padded with runs of money-like separators', () => {
    const runs = ['$$$$$$$$', '--------', '1,1,1,1,1,1,', 'k-k-k-k-k-', '$1-$1-$1-', '£€₹ ', '1.000.000 '];
    expectLinear((index) => `${runs[index % runs.length]!.repeat(40)}${index % 50 === 49 ? '\n' : ' '}`);
  }, 60_000);
});
