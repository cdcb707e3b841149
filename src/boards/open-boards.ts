import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createBoardSyncScheduler } from '../schedule/board-sync-scheduler.ts';
import { boardSubcommands } from '../slack/commands/board-subcommands.ts';
import type { RolesSubcommandHandler } from '../slack/listeners/commands/roles-subcommands.ts';
import { type BoardFile, openBoardStore } from '../storage/board-store.ts';
import type { LiveCatalog } from '../storage/live-catalog.ts';
import { boardApis } from './board-apis.ts';
import { boardKey } from './board-ref.ts';
import { syncBoards } from './board-sync.ts';
import { type FollowDependencies, followConfiguredBoards } from './follow-board.ts';

/**
 * The followed boards as the running bot uses them: every board file's postings joined to the live catalog
 * (closed ones too, for history), the `/roles follow|following|unfollow` words, and the BOARDS_CRON sync
 * (FOLLOW_BOARDS are followed at its start). The composition root calls this and wires the pieces.
 */
export interface RunningBoards {
  subcommands: Map<string, RolesSubcommandHandler>;
  /** Follows FOLLOW_BOARDS, syncs once now, then on BOARDS_CRON. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function openBoards(
  config: Config,
  catalog: LiveCatalog,
  logger: Logger,
  now: () => Date,
): Promise<RunningBoards> {
  const log = logger.child({ part: 'boards' });
  const store = openBoardStore(config.dataDir, log);
  const publish = (file: BoardFile) =>
    catalog.setExternalPostings(boardKey(file), file.postings).catch((error: unknown) => {
      log.warn({ board: boardKey(file), err: error }, 'board postings could not join the catalog');
    });
  for (const file of await store.list()) void publish(file);
  const deps: FollowDependencies = {
    store,
    apis: boardApis({
      ...(config.boards.greenhouseApiUrl === null ? {} : { greenhouse: config.boards.greenhouseApiUrl }),
      ...(config.boards.leverApiUrl === null ? {} : { lever: config.boards.leverApiUrl }),
      ...(config.boards.leverEuApiUrl === null ? {} : { leverEu: config.boards.leverEuApiUrl }),
      ...(config.boards.ashbyApiUrl === null ? {} : { ashby: config.boards.ashbyApiUrl }),
    }),
    logger: log,
    now,
    onBoardSaved: publish,
  };
  const scheduler = createBoardSyncScheduler({
    cron: config.boards.cron,
    logger: log,
    run: async () => {
      const results = await syncBoards(deps);
      for (const r of results) {
        log.info(
          {
            board: r.key,
            ok: r.ok,
            open: r.open,
            added: r.added.length,
            changed: r.changed.length,
            closed: r.closed.length,
          },
          'board synced',
        );
      }
    },
  });
  return {
    subcommands: boardSubcommands(deps),
    async start() {
      await followConfiguredBoards(config.boards.follow, deps);
      scheduler.start();
      // The bot may have been down for a while: catch up now rather than at the next slot.
      void scheduler.runNow();
    },
    stop: () => scheduler.stop(),
  };
}
