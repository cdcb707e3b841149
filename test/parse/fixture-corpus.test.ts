import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EmploymentType, Posting, Seniority, Workplace } from '../../src/model/posting.ts';
import { mergeDuplicates } from '../../src/parse/merge-duplicates.ts';
import { type ParseOutcome, parsePostingFile } from '../../src/parse/parse-posting.ts';

/**
 * The parser against saved job pages a person has read and annotated (test/fixtures/postings/expected.json).
 * Each field gets its own test, so a report names the exact file and field that went wrong.
 * A field left out of the expectations is one a careful reader could argue either way, so it is not checked.
 */

const CORPUS_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'postings');

/** A title or company that reasonable people would write more than one way ("… (m/w/d)", "… Ltd"). */
const AnyOf = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const ExpectedLocation = z.strictObject({
  city: z.string().nullable(),
  country: z.string().nullable(),
  /** Compared only when given: "EMEA" or "Scotland" could fairly be spelled several ways. */
  region: z.string().nullable().optional(),
});
type ExpectedLocation = z.infer<typeof ExpectedLocation>;

const ExpectedSalary = z.strictObject({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string(),
  period: z.string(),
});

const ExpectedPosting = z.strictObject({
  title: AnyOf,
  company: AnyOf.nullable().optional(),
  team: z.string().nullable().optional(),
  locations: z.array(ExpectedLocation).optional(),
  workplace: Workplace.nullable().optional(),
  salary: ExpectedSalary.nullable().optional(),
  employmentType: EmploymentType.nullable().optional(),
  seniority: Seniority.nullable().optional(),
  /** For titles that only look like a level: a Product Manager manages no one. */
  seniorityNot: z.array(Seniority).optional(),
  postedAt: z.iso.date().nullable().optional(),
  board: z.string().nullable().optional(),
  truncated: z.boolean(),
  /** Words that live only in the page's noise (other jobs, forms, footers): no field and no text may carry them. */
  mustNotContain: z.array(z.string().min(1)),
  skillsInclude: z.array(z.string().min(1)),
  /** The other file holding the same posting, saved from another board. */
  duplicateOf: z.string().optional(),
});
type ExpectedPosting = z.infer<typeof ExpectedPosting>;

const ExpectedFile = z.union([
  ExpectedPosting.extend({ modifiedAt: z.iso.datetime() }),
  z.strictObject({ modifiedAt: z.iso.datetime(), postings: z.array(ExpectedPosting).min(2) }),
]);

const ExpectationsFile = z.object({ files: z.record(z.string(), ExpectedFile) });

const expectations = ExpectationsFile.parse(
  JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')),
).files;
const fileNames = Object.keys(expectations).sort();

function postingsExpectedIn(fileName: string): ExpectedPosting[] {
  const entry = expectations[fileName]!;
  return 'postings' in entry ? entry.postings : [entry];
}

function readFixture(fileName: string): string {
  return readFileSync(path.join(CORPUS_DIR, fileName), 'utf8');
}

const outcomes = new Map<string, ParseOutcome>();
/** Parsed once per file and shared by that file's tests; parsed lazily so a crash fails tests, not collection. */
function parsed(fileName: string): ParseOutcome {
  let outcome = outcomes.get(fileName);
  if (!outcome) {
    outcome = parsePostingFile({
      path: fileName,
      content: readFixture(fileName),
      modifiedAt: new Date(expectations[fileName]!.modifiedAt),
    });
    outcomes.set(fileName, outcome);
  }
  return outcome;
}

function parsedPostings(fileName: string): Posting[] {
  const outcome = parsed(fileName);
  if (!outcome.ok) throw new Error(`${fileName} did not parse: ${outcome.reason}`);
  return outcome.postings;
}

function postingAt(fileName: string, index: number): Posting {
  const posting = parsedPostings(fileName)[index];
  if (!posting) throw new Error(`${fileName} gave no posting #${index + 1}`);
  return posting;
}

function accepted(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : value;
}

function locationMatches(actual: Posting['locations'][number], expected: ExpectedLocation): boolean {
  return (
    actual.city === expected.city &&
    actual.country === expected.country &&
    (expected.region === undefined || actual.region === expected.region)
  );
}

function showLocation(location: ExpectedLocation): string {
  const region = location.region === undefined ? '' : ` / ${location.region ?? '-'}`;
  return `${location.city ?? '-'}${region} / ${location.country ?? '-'}`;
}

/** Pairs expected and parsed locations in any order; whatever is left over on either side is the difference. */
function locationDifference(actual: Posting['locations'], expected: ExpectedLocation[]) {
  const unmatched = [...actual];
  const missing: string[] = [];
  for (const want of expected) {
    const index = unmatched.findIndex((location) => locationMatches(location, want));
    if (index === -1) missing.push(showLocation(want));
    else unmatched.splice(index, 1);
  }
  return { missing, extra: unmatched.map(showLocation) };
}

it('the corpus folder and its expectations name the same files', () => {
  const onDisk = readdirSync(CORPUS_DIR)
    .filter((name) => name !== 'expected.json')
    .sort();
  expect(onDisk).toEqual(fileNames);
});

it('every noise word really appears on its page, so its check can fail', () => {
  const absent = fileNames.flatMap((fileName) => {
    const page = readFixture(fileName).toLowerCase();
    return postingsExpectedIn(fileName)
      .flatMap((expected) => expected.mustNotContain)
      .filter((word) => !page.includes(word.toLowerCase()))
      .map((word) => `${fileName}: ${word}`);
  });
  expect(absent).toEqual([]);
});

for (const fileName of fileNames) {
  const expectedPostings = postingsExpectedIn(fileName);

  describe(fileName, () => {
    it(`${fileName}: parses into ${expectedPostings.length} posting(s)`, () => {
      const outcome = parsed(fileName);
      expect(outcome).toMatchObject({ ok: true });
      expect(parsedPostings(fileName)).toHaveLength(expectedPostings.length);
    });

    it(`${fileName}: every posting passes the Posting schema`, () => {
      for (const posting of parsedPostings(fileName)) {
        const result = Posting.safeParse(posting);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }
    });

    expectedPostings.forEach((expected, index) => {
      const label = expectedPostings.length > 1 ? `${fileName} #${index + 1}` : fileName;
      const posting = () => postingAt(fileName, index);

      it(`${label}: title`, () => {
        expect(accepted(expected.title)).toContain(posting().title);
      });

      if (expected.company !== undefined) {
        const company = expected.company;
        it(`${label}: company`, () => {
          if (company === null) expect(posting().company).toBeNull();
          else expect(accepted(company)).toContain(posting().company);
        });
      }

      if (expected.team !== undefined) {
        it(`${label}: team`, () => {
          expect(posting().team).toBe(expected.team);
        });
      }

      if (expected.locations !== undefined) {
        const locations = expected.locations;
        it(`${label}: locations`, () => {
          expect(locationDifference(posting().locations, locations)).toEqual({ missing: [], extra: [] });
        });
      }

      if (expected.workplace !== undefined) {
        it(`${label}: workplace`, () => {
          expect(posting().workplace).toBe(expected.workplace);
        });
      }

      if (expected.salary !== undefined) {
        it(`${label}: salary`, () => {
          const salary = posting().salary;
          const seen = salary && {
            min: salary.min,
            max: salary.max,
            currency: salary.currency,
            period: salary.period,
          };
          expect(seen).toEqual(expected.salary);
        });
      }

      if (expected.employmentType !== undefined) {
        it(`${label}: employment type`, () => {
          expect(posting().employmentType).toBe(expected.employmentType);
        });
      }

      if (expected.seniority !== undefined) {
        it(`${label}: seniority`, () => {
          expect(posting().seniority).toBe(expected.seniority);
        });
      }

      if (expected.seniorityNot !== undefined) {
        const ruledOut = expected.seniorityNot;
        it(`${label}: seniority is not ${ruledOut.join(' or ')}`, () => {
          expect(ruledOut).not.toContain(posting().seniority);
        });
      }

      if (expected.postedAt !== undefined) {
        it(`${label}: posted date`, () => {
          expect(posting().postedAt).toBe(expected.postedAt);
        });
      }

      if (expected.board !== undefined) {
        it(`${label}: board`, () => {
          expect(posting().source.board ?? null).toBe(expected.board);
        });
      }

      it(`${label}: source is the file`, () => {
        expect(posting().source.path).toBe(fileName);
        expect(posting().sources.map((source) => source.path)).toEqual([fileName]);
      });

      it(`${label}: truncated`, () => {
        expect(posting().truncated).toBe(expected.truncated);
      });

      if (expected.skillsInclude.length > 0) {
        it(`${label}: skills`, () => {
          const skills = new Set(posting().skills.map((skill) => skill.toLowerCase()));
          const missing = expected.skillsInclude.filter((skill) => !skills.has(skill.toLowerCase()));
          expect(missing).toEqual([]);
        });
      }

      if (expected.mustNotContain.length > 0) {
        it(`${label}: no page noise in any field`, () => {
          const everything = JSON.stringify(posting()).toLowerCase();
          const leaked = expected.mustNotContain.filter((word) => everything.includes(word.toLowerCase()));
          expect(leaked).toEqual([]);
        });
      }
    });
  });
}

describe('the same posting saved from two boards', () => {
  const pairs = fileNames.flatMap((fileName) =>
    postingsExpectedIn(fileName).flatMap((expected) =>
      expected.duplicateOf && fileName < expected.duplicateOf
        ? [[fileName, expected.duplicateOf] as const]
        : [],
    ),
  );

  it('the expectations mark each duplicate from both sides', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const [first, second] of pairs) {
      expect(postingsExpectedIn(second).map((expected) => expected.duplicateOf)).toContain(first);
    }
  });

  for (const [first, second] of pairs) {
    it(`${first} and ${second} merge into one posting that lists both sources`, () => {
      const merged = mergeDuplicates([...parsedPostings(first), ...parsedPostings(second)]);
      expect(merged).toHaveLength(1);
      expect(merged[0]!.sources.map((source) => source.path).sort()).toEqual([first, second]);
      expect(Posting.safeParse(merged[0]).success).toBe(true);
    });
  }

  it('merging the whole corpus joins the duplicate pairs and nothing else', () => {
    const all = fileNames.flatMap((fileName) => parsedPostings(fileName));
    const merged = mergeDuplicates(all);
    expect(merged).toHaveLength(all.length - pairs.length);
    const multiSource = merged
      .filter((posting) => posting.sources.length > 1)
      .map((posting) => posting.sources.map((source) => source.path).sort());
    expect(multiSource.sort()).toEqual(pairs.map((pair) => [...pair]).sort());
  });
});
