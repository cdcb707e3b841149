import { digestText } from '../digest/digest-text.ts';
import { previewDigest } from '../schedule/preview-digest.ts';
import { DigestStoreCorruptError, readOnlyDigestStore } from '../storage/digest-store.ts';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED, UsageError } from './cli-io.ts';
import { loadCatalogForCli } from './load-catalog.ts';

export interface DigestCommandOptions {
  dryRun: boolean;
  since: string | null;
  channelId: string | null;
  json: boolean;
  postingsDir: string;
  dataDir: string;
  /** DIGEST_CHANNEL and DIGEST_TIMEZONE, as the bot would use them. */
  digestChannel?: string | undefined;
  timeZone?: string | undefined;
  /** DIGEST_CRON (default "0 9 * * 1"), for the footer's next send. */
  cron?: string | undefined;
}

/** `roles digest --dry-run [--since DATE] [--channel ID] [--json]`: the next digest, posted and recorded nowhere. */
export async function runDigestCommand(options: DigestCommandOptions, io: CliIo): Promise<number> {
  if (!options.dryRun) {
    throw new UsageError('digests are posted by the running bot; add --dry-run to preview the next one here');
  }
  const since = options.since === null ? undefined : parseSince(options.since);
  const catalog = await loadCatalogForCli(options.postingsDir, io);
  const now = io.now();
  let previews: Awaited<ReturnType<typeof previewDigest>>;
  try {
    previews = await previewDigest({
      store: readOnlyDigestStore(options.dataDir, () => now),
      catalog,
      now,
      ...(options.channelId === null ? {} : { channelId: options.channelId }),
      ...(since === undefined ? {} : { since }),
      channels: options.digestChannel ? [options.digestChannel] : [],
      timeZone: options.timeZone ?? 'UTC',
      cron: options.cron ?? DEFAULT_DIGEST_CRON,
    });
  } catch (error) {
    if (error instanceof DigestStoreCorruptError) {
      io.stderr(`roles: ${error.message}\n`);
      return EXIT_SOME_FAILED;
    }
    throw error;
  }

  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        previews.map((preview) => ({
          channelId: preview.channelId,
          postings: preview.postings.map((p) => ({ id: p.id, title: p.title, company: p.company })),
          message: preview.message,
        })),
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  }
  for (const preview of previews) {
    const where =
      preview.channelId === null
        ? 'No channel subscribed yet; all new roles'
        : preview.personal
          ? `Person ${preview.channelId} (by DM)`
          : `Channel ${preview.channelId}`;
    const count = preview.postings.length;
    io.stdout(
      `── ${where}: ${count === 0 ? 'nothing new, no digest would be posted' : `${count} new role${count === 1 ? '' : 's'}`}\n`,
    );
    // The same model the Block Kit message is built from, cut the same way: what Slack would show.
    if (preview.message !== null) io.stdout(`${digestText(preview.model, preview.postings)}\n`);
  }
  io.stdout('(dry run: nothing was posted or recorded)\n');
  return EXIT_OK;
}

/** The bot's default DIGEST_CRON (see `src/config.ts`). */
const DEFAULT_DIGEST_CRON = '0 9 * * 1';

function parseSince(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--since needs a date such as 2026-11-01, got "${value}"`);
  }
  return date;
}
