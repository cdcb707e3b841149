import { boardApis } from '../boards/board-apis.ts';
import { type BoardSyncResult, syncBoards } from '../boards/board-sync.ts';
import { followConfiguredBoards } from '../boards/follow-board.ts';
import { LOG_LEVELS, type LogLevel } from '../config.ts';
import { createRootLogger } from '../logging/logger.ts';
import { openBoardStore } from '../storage/board-store.ts';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from './cli-io.ts';

export interface SyncCommandOptions {
  dryRun: boolean;
  json: boolean;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Pause between boards; tests and the bench shorten it. */
  delayMs?: number;
}

/**
 * `roles sync [--dry-run] [--json]`: syncs every followed board now and prints, per board, what is new, changed
 * and closed. `--dry-run` fetches and compares but writes nothing. Exit 1 when a board could not be synced.
 */
export async function runSyncCommand(options: SyncCommandOptions, io: CliIo): Promise<number> {
  const { env } = options;
  // Log lines (a board that failed, jobs skipped) go to stderr, so stdout stays the report (or its JSON).
  const logger = createRootLogger({
    level: LOG_LEVELS.includes(env.LOG_LEVEL as LogLevel) ? (env.LOG_LEVEL as LogLevel) : 'warn',
    destination: { write: (line: string) => void io.stderr(line) },
  });
  const store = openBoardStore(options.dataDir, logger);
  const deps = {
    store,
    apis: boardApis({
      ...(env.GREENHOUSE_API_URL ? { greenhouse: env.GREENHOUSE_API_URL } : {}),
      ...(env.LEVER_API_URL ? { lever: env.LEVER_API_URL } : {}),
      ...(env.LEVER_EU_API_URL ? { leverEu: env.LEVER_EU_API_URL } : {}),
      ...(env.ASHBY_API_URL ? { ashby: env.ASHBY_API_URL } : {}),
    }),
    logger,
    now: io.now,
    dryRun: options.dryRun,
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  };
  const configured = (env.FOLLOW_BOARDS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (!options.dryRun && configured.length > 0) await followConfiguredBoards(configured, deps);
  const results = await syncBoards(deps);
  if (options.json) io.stdout(`${JSON.stringify({ dryRun: options.dryRun, boards: results }, null, 2)}\n`);
  else io.stdout(describeResults(results, options.dryRun));
  return results.every((r) => r.ok) ? EXIT_OK : EXIT_SOME_FAILED;
}

export function describeResults(results: readonly BoardSyncResult[], dryRun: boolean): string {
  if (results.length === 0) return 'No boards followed. Follow one from Slack: /roles follow <board URL>\n';
  const lines: string[] = [];
  if (dryRun) lines.push('Dry run: nothing written.');
  for (const r of results) {
    if (!r.ok) {
      lines.push(
        `${r.key} (${r.name}): failed: ${r.error}; keeping ${r.open} open roles from the last good sync`,
      );
      continue;
    }
    lines.push(
      `${r.key} (${r.name}): ${r.open} open; ${r.added.length} new, ${r.changed.length} changed, ${r.closed.length} closed` +
        (r.skipped > 0 ? `, ${r.skipped} unreadable` : ''),
    );
    for (const [mark, list] of [
      ['+', r.added],
      ['~', r.changed],
      ['-', r.closed],
    ] as const) {
      for (const p of list) lines.push(`  ${mark} ${p.title} [${p.id}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}
