import type { Catalog } from '../search/catalog.ts';
import { searchPostings } from '../search/search-postings.ts';
import type { NearMissGroup, SearchHit } from '../search/search-result.ts';
import { type CliIo, EXIT_OK } from './cli-io.ts';
import { loadCatalogForCli } from './load-catalog.ts';
import { formatTable } from './table.ts';

export interface SearchCommandOptions {
  /** Null: read one query per line of standard input. */
  query: string | null;
  json: boolean;
  postingsDir: string;
  limit: number;
}

/** The stable JSON shape other tools read; extend it, never rename fields. */
export function searchHitJson(hit: SearchHit) {
  const { posting } = hit;
  return {
    id: posting.id,
    title: posting.title,
    company: posting.company,
    locations: posting.locations,
    salary: posting.salary,
    score: Math.round(hit.score * 1000) / 1000,
    source: posting.source,
    workplace: posting.workplace,
    seniority: posting.seniority,
    postedAt: posting.postedAt,
  };
}

/** `roles search "<query>" [--json]`, or one query per stdin line with one JSON line out for each. */
export async function runSearchCommand(options: SearchCommandOptions, io: CliIo): Promise<number> {
  const catalog = await loadCatalogForCli(options.postingsDir, io);
  if (options.query === null) {
    for await (const line of io.stdinLines()) {
      io.stdout(`${JSON.stringify(search(catalog, line, options.limit).hits.map(searchHitJson))}\n`);
    }
    return EXIT_OK;
  }
  const result = search(catalog, options.query, options.limit);
  if (options.json) {
    io.stdout(`${JSON.stringify(result.hits.map(searchHitJson), null, 2)}\n`);
    return EXIT_OK;
  }
  for (const note of result.notes) io.stdout(`note: ${note}\n`);
  if (result.hits.length === 0) {
    io.stdout(`No roles match "${options.query}".\n`);
    if (result.didYouMean.length > 0) io.stdout(`Did you mean: ${result.didYouMean.join(', ')}?\n`);
    printNearMisses(result.nearMisses, io);
    return EXIT_OK;
  }
  io.stdout(
    `${formatTable(
      ['#', 'score', 'id', 'title', 'company', 'location'],
      result.hits.map((hit, i) => [
        String(i + 1),
        hit.score.toFixed(2),
        hit.posting.id,
        hit.posting.title,
        hit.posting.company ?? '-',
        hit.posting.locations.map((l) => l.city ?? l.region ?? l.country ?? l.raw).join(' / ') ||
          hit.posting.workplace ||
          '-',
      ]),
    )}\n`,
  );
  printNearMisses(result.nearMisses, io);
  return EXIT_OK;
}

/** Near misses, apart and not counted: for people reading the table, never in the JSON. */
function printNearMisses(groups: readonly NearMissGroup[], io: CliIo): void {
  for (const group of groups) {
    io.stdout(`\n${group.heading} (not counted, ${group.total}):\n`);
    for (const posting of group.postings)
      io.stdout(`  ${posting.id}  ${posting.title} — ${posting.company ?? '-'}\n`);
  }
}

function search(catalog: Catalog, query: string, limit: number) {
  const result = searchPostings(catalog, query, { now: new Date() });
  return { ...result, hits: result.hits.slice(0, limit) };
}
