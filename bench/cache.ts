import path from 'node:path';
import type { Posting } from '../src/model/posting.ts';
import { parsePostingFile } from '../src/parse/parse-posting.ts';
import { SNAPSHOT_FORMAT_VERSION } from '../src/search/catalog.ts';
import { generatePostingTexts } from './generate-postings.ts';

/** Parsed postings and catalog snapshots kept between runs (git-ignored), so only the first run pays for them. */
export const CACHE_DIR = path.join(import.meta.dirname, '.cache');

/**
 * Postings actually generated and parsed, shared by the scenarios so the search and Slack figures describe the
 * same postings. Parsing costs a few ms a page, so 100,000 pages would take minutes; the search benchmark's
 * bigger corpora reuse these parsed postings under new ids with titles, companies and places shuffled.
 */
export const POOL_SIZE = 10_000;
const POOL_SEED = 42;
export const POOL_FILE = path.join(CACHE_DIR, `parsed-pool-${POOL_SIZE}-seed-${POOL_SEED}.json`);

/** Where the search benchmark leaves the catalog snapshot of `size` postings (in this snapshot format). */
export function snapshotFile(size: number): string {
  return path.join(CACHE_DIR, `catalog-snapshot-${size}-v${SNAPSHOT_FORMAT_VERSION}.json`);
}

/** Generates and parses the shared corpus; `failed` counts the texts the parser rejected. */
export function parsePool(): { postings: Posting[]; failed: number } {
  const postings: Posting[] = [];
  let failed = 0;
  for (const file of generatePostingTexts(POOL_SIZE, POOL_SEED)) {
    const outcome = parsePostingFile({ ...file, modifiedAt: new Date('2026-11-01T00:00:00Z') });
    if (outcome.ok) postings.push(...outcome.postings);
    else failed += 1;
  }
  return { postings, failed };
}
