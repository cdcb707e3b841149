import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/model/posting.ts';
import { mergeDuplicates } from '../../src/parse/merge-duplicates.ts';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';

const SAVED = new Date('2026-11-20T12:00:00Z');

function parseOne(path: string, content: string): Posting {
  const outcome = parsePostingFile({ path, content, modifiedAt: SAVED });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.postings[0]!;
}

const ROLE = [
  'Acme Freight builds routing software for regional carriers. Acme Freight is growing fast.',
  '',
  'Responsibilities',
  '- Build streaming pipelines in Python and Kafka for parcel events',
  '- Own the data models that our planners use every morning',
  '- Work with operations analysts to define the core metrics of the business',
  '',
  'Requirements',
  '- 5+ years of SQL and Python in production',
  '- Experience with Airflow or another orchestrator',
].join('\n');

const FROM_LINKEDIN = `LinkedIn\nSign in\n\nSenior Data Engineer\nAcme Freight · Over 200 applicants\n\n${ROLE}\n\nPeople also viewed\nData Engineer\nOther Co`;
const FROM_LEVER = `Senior Data Engineer\nAcme Freight\nFull-time\nApply for this job\n\n${ROLE}\n\nJobs powered by Lever`;

describe('mergeDuplicates', () => {
  it('gives the same posting saved from two boards the same id, despite different page noise', () => {
    expect(parseOne('linkedin.txt', FROM_LINKEDIN).id).toBe(parseOne('lever.txt', FROM_LEVER).id);
  });

  it('joins them into one posting that lists both sources and keeps the richer fields', () => {
    const merged = mergeDuplicates([
      parseOne('linkedin.txt', FROM_LINKEDIN),
      parseOne('lever.txt', FROM_LEVER),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((source) => source.path).sort()).toEqual(['lever.txt', 'linkedin.txt']);
    expect(merged[0]!.employmentType).toBe('full-time');
  });

  it('joins near-identical texts even when one copy lost a line', () => {
    const shorter = FROM_LEVER.replace('- Experience with Airflow or another orchestrator\n', '');
    const a = parseOne('a.txt', FROM_LEVER);
    const b = parseOne('b.txt', `${shorter}\n- One more requirement about being kind`);
    expect(mergeDuplicates([a, b])).toHaveLength(1);
  });

  it('keeps two different roles with the same title at the same company apart', () => {
    const other = FROM_LEVER.replace(
      ROLE,
      [
        'Acme Freight builds routing software for regional carriers. Acme Freight is growing fast.',
        '',
        'Responsibilities',
        '- Run our warehouse migration to BigQuery and retire the old cluster',
        '- Lead the on-call rotation for the ingestion services',
        '',
        'Requirements',
        '- Deep experience with Spark and cloud warehouses',
      ].join('\n'),
    );
    const a = parseOne('a.txt', FROM_LEVER);
    const b = parseOne('b.txt', other);
    expect(a.id).not.toBe(b.id);
    expect(mergeDuplicates([a, b])).toHaveLength(2);
  });

  it('keeps the input order and leaves single postings untouched', () => {
    const a = parseOne('a.txt', FROM_LEVER);
    const b = parseOne('b.txt', FROM_LEVER.replace('Senior Data Engineer', 'Staff Platform Engineer'));
    expect(mergeDuplicates([b, a])).toEqual([b, a]);
  });
});

describe('mergeDuplicates on the same role in two cities', () => {
  const inCity = (city: string, extra = '') =>
    `Senior Data Engineer\nAcme Freight\nLocation: ${city}\nFull-time\n${extra}\n${ROLE}\n`;

  it('keeps one role listing both places, never dropping one', () => {
    const london = parseOne('london.txt', inCity('London, United Kingdom'));
    const manchester = parseOne('manchester.txt', inCity('Manchester, United Kingdom'));
    expect(london.id).not.toBe(manchester.id);
    const merged = mergeDuplicates([london, manchester]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.locations.map((location) => location.city).sort()).toEqual(['London', 'Manchester']);
    expect(merged[0]!.sources.map((source) => source.path).sort()).toEqual(['london.txt', 'manchester.txt']);
  });

  it('keeps every place when one copy lists two cities and the other one', () => {
    const both = parseOne('both.txt', inCity('London or Manchester, United Kingdom'));
    const leeds = parseOne('leeds.txt', inCity('Leeds, United Kingdom'));
    const [merged, ...rest] = mergeDuplicates([both, leeds]);
    expect(rest).toHaveLength(0);
    expect(merged!.locations.map((location) => location.city)).toEqual(
      expect.arrayContaining(['London', 'Manchester', 'Leeds']),
    );
  });

  it('keeps two roles apart when each city states its own pay', () => {
    const london = parseOne(
      'london.txt',
      inCity('London, United Kingdom', 'Salary: £70,000 - £80,000 per year'),
    );
    const leeds = parseOne(
      'leeds.txt',
      inCity('Leeds, United Kingdom', 'Salary: £55,000 - £65,000 per year'),
    );
    const merged = mergeDuplicates([london, leeds]);
    expect(merged).toHaveLength(2);
    expect(merged.map((posting) => posting.locations[0]?.city)).toEqual(['London', 'Leeds']);
  });
});
