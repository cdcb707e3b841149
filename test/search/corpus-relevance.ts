import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Posting } from '../../src/model/posting.ts';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';
import { buildCatalog, type Catalog } from '../../src/search/catalog.ts';
import { SENIORITY_WORDS } from '../../src/search/query-vocabulary.ts';
import { ROLE_NOUNS } from '../../src/search/role-nouns.ts';

/**
 * Queries over the parser's world-like corpus (test/fixtures/corpus/), labelled from the annotations a person
 * wrote for each page (expected.json), not from search: "<occupation>" finds the pages whose expected title
 * names it, "<occupation> <city>" those also expected in that city. It runs the whole way a user's query goes:
 * the real parser, then search, so a miss may be either's.
 */

const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url).pathname;

interface Expected {
  title: string | string[] | null;
  locations?: { city: string | null }[];
  refuse?: boolean;
  savedAt?: string;
}

export interface CorpusQuery {
  query: string;
  relevant: Set<string>;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0)
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );

export function corpusRelevance(): {
  catalog: Catalog;
  queries: CorpusQuery[];
  /** Posting id -> the corpus page it was parsed from ("reed/03-contract-data-engineer-reading.txt"). */
  pageOf: ReadonlyMap<string, string>;
} {
  const expected = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    Expected
  >;
  const postings: Posting[] = [];
  const pageOf = new Map<string, string>();
  for (const [file, facts] of Object.entries(expected)) {
    if (facts.refuse === true) continue;
    const full = path.join(CORPUS_DIR, file);
    let content: string;
    try {
      if (!statSync(full).isFile()) continue;
      content = readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    const outcome = parsePostingFile({
      path: file,
      content,
      modifiedAt: new Date(`${facts.savedAt ?? '2026-11-20'}T12:00:00Z`),
    });
    if (!outcome.ok) continue;
    for (const posting of outcome.postings) {
      postings.push(posting);
      pageOf.set(posting.id, file);
    }
  }
  const catalog = buildCatalog(postings);
  const facts = Object.entries(expected).filter(([, f]) => f.refuse !== true && f.title !== null);
  const titleOf = (f: Expected) => (Array.isArray(f.title) ? f.title.join(' ') : (f.title ?? ''));
  const nouns = new Set<string>();
  const pairs = new Set<string>();
  for (const [, f] of facts) {
    // Level words ("intern", "principal") are read as levels, which a title alone does not label.
    const found = words(titleOf(f)).filter(
      (word) => ROLE_NOUNS.has(word) && SENIORITY_WORDS[word] === undefined,
    );
    const noun = found[found.length - 1];
    if (noun === undefined) continue;
    nouns.add(noun);
    const city = f.locations?.[0]?.city;
    if (city) pairs.add(`${noun}|${city}`);
  }
  const idsWhere = (test: (f: Expected) => boolean) => {
    const files = new Set(facts.filter(([, f]) => test(f)).map(([file]) => file));
    return new Set(
      catalog.postings.filter((posting) => files.has(pageOf.get(posting.id) ?? '')).map((p) => p.id),
    );
  };
  const queries: CorpusQuery[] = [];
  for (const noun of nouns) {
    queries.push({ query: noun, relevant: idsWhere((f) => words(titleOf(f)).includes(noun)) });
  }
  for (const pair of pairs) {
    const [noun, city] = pair.split('|') as [string, string];
    queries.push({
      query: `${noun} ${city.toLowerCase()}`,
      relevant: idsWhere(
        (f) =>
          words(titleOf(f)).includes(noun) && (f.locations ?? []).some((location) => location.city === city),
      ),
    });
  }
  return { catalog, queries, pageOf };
}
