import { type ScheduledTask, schedule } from 'node-cron';
import type { Logger } from 'pino';
import {
  type DigestSchedule,
  DigestScheduleError,
  parseDigestSchedule,
  previousScheduledTime,
} from '../digest/digest-schedule.ts';
import type { DigestStore } from '../storage/digest-store.ts';

export interface DigestSlot {
  /** The cron slot this digest is for (whole minute). */
  scheduledFor: Date;
  /** When the run actually starts. */
  now: Date;
  reason: 'scheduled' | 'catch-up';
}

export interface DigestSchedulerOptions {
  /** DIGEST_CRON. */
  cron: string;
  /** DIGEST_TIMEZONE. */
  timeZone: string;
  store: DigestStore;
  /** Runs one digest, e.g. `(slot) => runDigest({ ...deps, ...slot })`. */
  run: (slot: DigestSlot) => Promise<unknown>;
  logger: Logger;
  clock?: () => Date;
}

export interface DigestScheduler {
  readonly schedule: DigestSchedule;
  /**
   * Sends the digest missed while the bot was down (once: only when no run is recorded for the latest slot
   * since the store was created), then starts the cron job.
   */
  start(): Promise<{ caughtUp: Date | null }>;
  stop(): Promise<void>;
}

/** Validates DIGEST_CRON and DIGEST_TIMEZONE at once, so a bad value stops the bot at start with a clear error. */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger.child({ job: 'digest-scheduler' });
  let parsed: DigestSchedule;
  try {
    parsed = parseDigestSchedule(options.cron, options.timeZone);
  } catch (error) {
    if (!(error instanceof DigestScheduleError)) throw error;
    throw new DigestScheduleError(
      `DIGEST_CRON="${options.cron}" / DIGEST_TIMEZONE="${options.timeZone}": ${error.message}`,
      { cause: error },
    );
  }
  let task: ScheduledTask | null = null;

  const runSlot = async (slot: DigestSlot): Promise<void> => {
    try {
      await options.run(slot);
    } catch (error) {
      // The runner has logged the detail; the schedule must survive one bad run.
      logger.error({ err: error, scheduledFor: slot.scheduledFor.toISOString() }, 'scheduled digest failed');
    }
  };

  return {
    schedule: parsed,
    async start() {
      if (task !== null) return { caughtUp: null };
      const now = clock();
      const missed = previousScheduledTime(parsed, now);
      const state = await options.store.read();
      let caughtUp: Date | null = null;
      if (
        missed !== null &&
        missed.getTime() >= Date.parse(state.createdAt) &&
        !state.runs.some((r) => Date.parse(r.scheduledFor) === missed.getTime())
      ) {
        logger.warn(
          { scheduledFor: missed.toISOString() },
          'the bot was down at the last digest time; sending it now',
        );
        await runSlot({ scheduledFor: missed, now, reason: 'catch-up' });
        caughtUp = missed;
      }
      task = schedule(
        parsed.expression,
        async (context) => {
          const scheduledFor = new Date(Math.floor(context.date.getTime() / 60_000) * 60_000);
          await runSlot({ scheduledFor, now: clock(), reason: 'scheduled' });
        },
        { timezone: parsed.timeZone, name: 'roles-digest' },
      );
      logger.info(
        {
          cron: parsed.expression,
          timeZone: parsed.timeZone,
          next: task.getNextRun()?.toISOString() ?? null,
        },
        'digest schedule started',
      );
      return { caughtUp };
    },
    async stop() {
      const stopping = task;
      task = null;
      if (stopping !== null) await stopping.destroy();
    },
  };
}
