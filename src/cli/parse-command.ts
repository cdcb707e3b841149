import type { Posting } from '../model/posting.ts';
import { formatSalary } from '../render/terminal.ts';
import { loadPostingPaths } from '../storage/posting-files.ts';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED, UsageError } from './cli-io.ts';
import { formatTable } from './table.ts';

export interface ParseCommandOptions {
  paths: string[];
  json: boolean;
}

/** `roles parse <files or folders> [--json]`: what the parser understood of each saved page. */
export async function runParseCommand(options: ParseCommandOptions, io: CliIo): Promise<number> {
  if (options.paths.length === 0) {
    throw new UsageError('parse needs at least one file or folder, e.g. `roles parse seeds`');
  }
  const { postings, failures } = await loadPostingPaths(options.paths);
  for (const failure of failures) io.stderr(`${failure.path}: ${failure.reason}\n`);
  if (options.json) {
    io.stdout(`${JSON.stringify(postings, null, 2)}\n`);
  } else if (postings.length > 0) {
    io.stdout(`${formatPostingsTable(postings)}\n`);
    io.stdout(`\n${postings.length} posting${postings.length === 1 ? '' : 's'}\n`);
  }
  return failures.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

function formatPostingsTable(postings: readonly Posting[]): string {
  return formatTable(
    ['id', 'title', 'company', 'team', 'location', 'workplace', 'salary', 'posted', 'file'],
    postings.map((p) => [
      p.id,
      p.title,
      p.company ?? '-',
      p.team ?? '-',
      p.locations.map((l) => l.city ?? l.region ?? l.country ?? l.raw).join(' / ') || '-',
      p.workplace ?? '-',
      p.salary ? formatSalary(p.salary) : '-',
      p.postedAt ?? '-',
      p.sources.map((s) => s.path).join(', '),
    ]),
  );
}
