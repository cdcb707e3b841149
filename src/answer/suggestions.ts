import type { Catalog } from '../search/catalog.ts';

/** Example questions that always work, for help and for "nothing matched". */
export const EXAMPLE_QUESTIONS = [
  'senior ml engineer london',
  "what's the salary range for senior ML engineers?",
  'which roles are in New York?',
  'which roles are remote?',
  'which roles need Scala?',
  "what's new this week?",
  'how many roles are there?',
  'which companies are hiring?',
] as const;

function mostCommon(values: readonly string[], count: number): string[] {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([value]) => value);
}

/** Things to try that this catalog can answer: its commonest cities and companies, then general questions. */
export function suggestionsFor(catalog: Catalog): string[] {
  const cities = mostCommon(
    catalog.postings.flatMap((posting) => posting.locations.flatMap((location) => location.city ?? [])),
    2,
  );
  const companies = mostCommon(
    catalog.postings.flatMap((posting) => posting.company ?? []),
    1,
  );
  return [
    ...cities.map((city) => `which roles are in ${city}?`),
    ...companies.map((company) => `${company} roles`),
    'which roles are remote?',
    "what's new this week?",
    'help',
  ];
}
