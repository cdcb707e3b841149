import { type ScheduledTask, schedule } from 'node-cron';
import type { Logger } from 'pino';

/**
 * Runs the board sync on BOARDS_CRON. A run that is still going when the next is due is not doubled: the
 * next slot is skipped with a log line. Each run is wrapped, so a failure is logged and the schedule goes on.
 */
export interface BoardSyncScheduler {
  start(): void;
  stop(): Promise<void>;
  /** Runs one sync now (or waits for the one running); resolves when it is done. */
  runNow(): Promise<void>;
}

export const DEFAULT_BOARDS_CRON = '0 * * * *';

export function createBoardSyncScheduler(options: {
  cron: string;
  run: () => Promise<unknown>;
  logger: Logger;
}): BoardSyncScheduler {
  const logger = options.logger.child({ job: 'board-sync' });
  let task: ScheduledTask | null = null;
  let running: Promise<void> | null = null;
  const runNow = (): Promise<void> => {
    running ??= (async () => {
      const started = performance.now();
      try {
        await options.run();
        logger.info({ ms: Math.round(performance.now() - started) }, 'board sync done');
      } catch (error) {
        logger.error({ err: error }, 'board sync failed; the next run will try again');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return {
    start() {
      task = schedule(options.cron, () => {
        if (running !== null) {
          logger.warn('board sync still running; this slot is skipped');
          return;
        }
        void runNow();
      });
    },
    async stop() {
      await task?.stop();
      task = null;
      await running;
    },
    runNow,
  };
}
