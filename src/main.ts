import type { Logger } from 'pino';
import { openBoards, type RunningBoards } from './boards/open-boards.ts';
import { type Config, loadConfig, loadDotEnvFile } from './config.ts';
import { startConsole } from './console/console.ts';
import { createRootLogger, shouldPrettyPrint } from './logging/logger.ts';
import { loadGazetteer } from './places/gazetteer.ts';
import { runDigest } from './schedule/digest-runner.ts';
import { createDigestScheduler, type DigestScheduler } from './schedule/digest-scheduler.ts';
import { openDigestStoreOrPause } from './schedule/open-digest-store.ts';
import { digestSubcommands, pausedDigestSubcommands } from './slack/commands/digest-subcommands.ts';
import { homeSubscriptions } from './slack/commands/digest-subscriptions.ts';
import { createSlackApp, SEEN_EVENT_CAPACITY, SEEN_EVENT_TTL_MS, type SlackApp } from './slack/create-app.ts';
import { createPostingIntake } from './slack/posting-intake.ts';
import { createRecentIds } from './slack/recent-ids.ts';
import type { DigestStore } from './storage/digest-store.ts';
import { type LiveCatalog, openLiveCatalog } from './storage/live-catalog.ts';
import { releaseMemory } from './storage/release-memory.ts';
import { openSeenEventsFile } from './storage/seen-events-file.ts';
import { createParsePool, type ParsePool } from './workers/parse-pool.ts';

/**
 * The one composition root: config → logger → live catalog → Slack app (Socket Mode or HTTP) and the digest
 * scheduler, or the local console when no Slack credentials are set. Everything is built here in plain
 * sight; nothing else reads the environment or the real clock.
 */

const SHUTDOWN_TIMEOUT_MS = 10_000;
/** A draft sent from the add-posting modal is read before the modal is answered, which Slack wants in 3 s. */
const INTAKE_PARSE_BUDGET_MS = 2_500;
const now = () => new Date();

async function main(): Promise<void> {
  loadDotEnvFile();
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\nSee .env.example for every variable.\n`);
    process.exit(1);
  }
  const config = loaded.config;
  // The console owns stdout for its conversation, so its logs go to stderr, and only warnings unless the
  // person asked for more: routine start-up lines would bury the prompt.
  const logger = createRootLogger(
    config.mode === 'console'
      ? {
          level: process.env.LOG_LEVEL ? config.logLevel : 'warn',
          ...(shouldPrettyPrint(process.stderr.isTTY, process.env)
            ? { pretty: true, prettyFd: 2 as const }
            : { destination: process.stderr }),
        }
      : { level: config.logLevel, pretty: shouldPrettyPrint(process.stdout.isTTY, process.env) },
  );
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (the bot keeps running)');
  });

  // A missing or unreadable POSTINGS_DIR stops the start here, with one line naming it. The postings load
  // afterwards, off the event loop: health checks and Slack get answers ("still loading") meanwhile.
  // No worker kept warm: measured at 10,000 postings, an idle parser thread costs ~160 MB of RSS and slows
  // the edit it was meant to speed up (CPU shared with start-up); a fresh one parses an edit within 2 s.
  const parsePool = createParsePool({ timeoutMs: config.parseTimeoutMs });
  const catalog = await openLiveCatalog({
    postingsDir: config.postingsDir,
    dataDir: config.dataDir,
    logger,
    parseTimeoutMs: config.parseTimeoutMs,
    parsePool,
    rescanIntervalMs: config.rescanIntervalMs,
    ...(config.maxPostingBytes === null ? {} : { maxFileBytes: config.maxPostingBytes }),
    ...(config.maxPostingFiles === null ? {} : { maxFiles: config.maxPostingFiles }),
  });
  void catalog.ready.then(() => {
    // Questions naming a place, and edits to postings, read the gazetteer on this thread: reading it now, once
    // the catalog is in, keeps that ~0.1 s stall off the first person who asks.
    const gazetteer = loadGazetteer();
    logger.debug({ towns: gazetteer.towns, ms: Math.round(gazetteer.ms) }, 'gazetteer loaded');
    // What the load left behind (the snapshot's buffer and lines) is returned now, not whenever V8 next looks.
    releaseMemory();
    const skipped = catalog.failures().length;
    logger.info(
      { postings: catalog.current().postings.length, skipped },
      skipped === 0 ? 'postings loaded' : 'postings loaded; some files were skipped (see the lines above)',
    );
  });

  if (config.mode === 'console') {
    await catalog.ready;
    await startConsole({
      getCatalog: () => catalog.current(),
      input: process.stdin,
      output: process.stdout,
      now,
    });
    await catalog.close();
    return;
  }

  const running = await startSlack(config, catalog, parsePool, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A stuck close must not keep the process from exiting.
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await (await running.scheduler)?.stop();
      await running.boards.stop();
      await running.slackApp.stop();
      await catalog.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

async function startSlack(
  config: Config,
  catalog: LiveCatalog,
  parsePool: ParsePool,
  logger: Logger,
): Promise<{ slackApp: SlackApp; scheduler: Promise<DigestScheduler | null>; boards: RunningBoards }> {
  // Followed job boards (issue 13): their postings join the catalog now; syncing starts once it is loaded.
  const boards = await openBoards(config, catalog, logger, now);
  // A corrupt digest store pauses digests only: search and answers keep working, and the log says what to do.
  const store = await openDigestStoreOrPause({ dataDir: config.dataDir, logger, now });
  const digestChannels = config.digest.channel === null ? [] : [config.digest.channel];
  if (store) recordFirstSeenOnChange(store, catalog, logger);
  const intake = createPostingIntake({
    postingsDir: config.postingsDir,
    adminUserIds: config.adminUserIds,
    getCatalog: () => catalog.current(),
    refreshCatalog: () => catalog.refresh(),
    allowPrivateAddresses: config.fetch.allowPrivateAddresses,
    // The bot token goes only to where Slack serves files (and to a stand-in API when one is configured).
    slackFileOrigins: [
      'https://files.slack.com',
      ...(config.slack.apiUrl === null ? [] : [new URL(config.slack.apiUrl).origin]),
    ],
    clock: () => now().getTime(),
    // Drafts are parsed in the pool too, within Slack's 3 s for a modal's answer.
    parse: (file) =>
      parsePool.parse(
        file.path,
        new TextEncoder().encode(file.content),
        file.modifiedAt,
        Math.min(config.parseTimeoutMs, INTAKE_PARSE_BUDGET_MS),
      ),
  });
  const seenEventsFile = await openSeenEventsFile({
    dataDir: config.dataDir,
    ttlMs: SEEN_EVENT_TTL_MS,
    nowMs: now().getTime(),
    logger,
  });
  const deps = {
    intake,
    seenEvents: createRecentIds({
      capacity: SEEN_EVENT_CAPACITY,
      ttlMs: SEEN_EVENT_TTL_MS,
      initial: seenEventsFile.entries,
      onRecord: seenEventsFile.record,
    }),
    getCatalog: () => catalog.current(),
    loading: () => catalog.loading(),
    logger,
    now,
    subcommands: new Map([
      ...(store
        ? digestSubcommands({
            store,
            digestChannels,
            cron: config.digest.cron,
            timeZone: config.digest.timezone,
            emptyPolicy: config.digest.empty,
          })
        : pausedDigestSubcommands()),
      // `/roles follow`, `following`, `unfollow` (issue 13).
      ...boards.subcommands,
    ]),
    // The Home tab lists the subscriptions the person made.
    listSubscriptions: store ? homeSubscriptions(store) : async () => [],
    // A digest's Unsubscribe button (issue 12).
    ...(store ? { unsubscribe: (target: string) => store.removeAllSubscriptions(target) } : {}),
  };
  const common = {
    botToken: config.slack.botToken ?? '',
    apiUrl: config.slack.apiUrl,
    timeoutMs: config.slack.timeoutMs,
  };
  const slackApp = createSlackApp(
    config.mode === 'socket'
      ? { mode: 'socket', appToken: config.slack.appToken ?? '', healthPort: config.port, ...common }
      : { mode: 'http', signingSecret: config.slack.signingSecret ?? '', ...common },
    deps,
  );
  const { port } = await slackApp.start(config.port);
  logger.info(
    { mode: config.mode, port: port ?? config.port, postings: catalog.current().postings.length },
    config.mode === 'socket' ? 'connected to Slack (Socket Mode)' : 'listening for Slack on /slack/events',
  );

  // Digests wait for the whole catalog: a half-loaded one would skip roles, or send them late as "new".
  const scheduler = store
    ? catalog.ready.then(() => startScheduler(config, store, catalog, slackApp, digestChannels, logger))
    : Promise.resolve(null);
  void catalog.ready.then(() => boards.start());
  return { slackApp, scheduler, boards };
}

async function startScheduler(
  config: Config,
  store: DigestStore,
  catalog: LiveCatalog,
  slackApp: SlackApp,
  digestChannels: string[],
  logger: Logger,
): Promise<DigestScheduler> {
  const scheduler = createDigestScheduler({
    cron: config.digest.cron,
    timeZone: config.digest.timezone,
    store,
    logger,
    run: (slot) =>
      runDigest({
        store,
        getCatalog: () => catalog.current(),
        client: slackApp.digestClient,
        deadlineMs: config.digest.runDeadlineMs,
        channels: digestChannels,
        now: slot.now,
        scheduledFor: slot.scheduledFor,
        timeZone: config.digest.timezone,
        emptyPolicy: config.digest.empty,
        cron: config.digest.cron,
        logger,
      }),
  });
  const { caughtUp } = await scheduler.start();
  if (caughtUp !== null) logger.info({ scheduledFor: caughtUp.toISOString() }, 'sent a missed digest');
  return scheduler;
}

/**
 * "New" means first seen after a channel's previous digest, so the moment a posting appears is recorded as it
 * appears, not at the next run. Ids already recorded keep their first time, so re-saving never makes a role new.
 */
function recordFirstSeenOnChange(store: DigestStore, catalog: LiveCatalog, logger: Logger): void {
  const record = (ids: string[]) =>
    store.recordFirstSeen(ids, now()).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not record when postings were first seen; the next digest run will');
    });
  void record(catalog.current().postings.map((p) => p.id));
  catalog.onChange((next) => void record(next.postings.map((p) => p.id)));
}

main().catch((error: unknown) => {
  process.stderr.write(`roles could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
