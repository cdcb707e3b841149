import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { DigestMessage, EmptyDigestPolicy } from '../digest/build-digest-message.ts';
import { digestForPlan } from '../digest/digest-for-plan.ts';
import { planDigests } from '../digest/plan-digests.ts';
import { FIRST_DIGEST_WINDOW_MS } from '../digest/select-new-postings.ts';
import type { Catalog } from '../search/catalog.ts';
import { slackErrorCode } from '../slack/slack-error-code.ts';
import type { DigestStore, SentDigest } from '../storage/digest-store.ts';

/** `metadata.event_type` on every digest message: how a restarted bot recognises its own digests. */
export const DIGEST_EVENT_TYPE = 'roles_digest';

/**
 * A `sending` record whose owner cannot be checked (written by an older version, or by a process on another
 * host sharing the data folder) and that is younger than this may belong to a post still in flight, so
 * reconciliation leaves it alone. Records from a process on this host are settled as soon as that process
 * is gone, whatever the slot spacing.
 */
const RECONCILE_GRACE_MS = 10 * 60_000;
/** How long one run may take before the next one goes ahead without it (DIGEST_RUN_DEADLINE_MS). */
export const DEFAULT_RUN_DEADLINE_MS = 5 * 60_000;
/** A 429 is certainly not a post, so it is safe to try again after Retry-After; a few times at most. */
const RATE_LIMIT_TRIES = 3;

const OWNER = { pid: process.pid, host: hostname() };
/** Run ids whose posts this process has in flight: the only `sending` records that must be left alone here. */
const postingNow = new Set<string>();

export interface RunDigestOptions {
  store: DigestStore;
  getCatalog: () => Catalog;
  /** A Web API client with bounded retries (see README: Digests). */
  client: WebClient;
  /** Channels that get every new role (DIGEST_CHANNEL); channels with subscriptions are added. */
  channels: readonly string[];
  /** The run's time: roles first seen up to now are included, and it becomes each channel's last digest. */
  now: Date;
  /** The slot this run is for; one digest per channel per slot, however many runs try. */
  scheduledFor: Date;
  timeZone: string;
  emptyPolicy: EmptyDigestPolicy;
  logger: Logger;
  /** After this the run stops before its next post and the next run may start; default 5 minutes. */
  deadlineMs?: number;
  /** DIGEST_CRON, so each digest can say in words when the next one comes. */
  cron?: string;
}

export type ChannelOutcome =
  | { channelId: string; status: 'sent'; ts: string; postings: number }
  | { channelId: string; status: 'nothing-new' }
  | { channelId: string; status: 'already-done' }
  | { channelId: string; status: 'failed'; error: string; postings: number }
  /** The post may or may not have reached Slack; the next run checks the channel's history. */
  | { channelId: string; status: 'unconfirmed'; error: string; postings: number };

export interface DigestRunReport {
  runId: string;
  scheduledFor: string;
  newlySeen: number;
  reconciled: number;
  channels: ChannelOutcome[];
}

const locks = new WeakMap<DigestStore, Promise<unknown>>();

/**
 * Posts each channel's digest of roles new since its previous one. Runs on one store are serialised in this
 * process; the store's per-(channel, slot) claim keeps runs in other processes from posting the same digest.
 * Order matters for "never a duplicate": leftovers from a crash are reconciled first, and every post is
 * recorded as `sending` before it is made.
 */
export function runDigest(options: RunDigestOptions): Promise<DigestRunReport> {
  const previous = locks.get(options.store) ?? Promise.resolve();
  const deadline = { passed: false };
  const deadlineMs = options.deadlineMs ?? DEFAULT_RUN_DEADLINE_MS;
  const run = previous.then(
    () => runExclusively(options, deadline),
    () => runExclusively(options, deadline),
  );
  // A run that outlives its deadline (a Slack call that never answers despite the client's timeout) must
  // not hold up the runs after it: the lock is released and the late run stops before its next post.
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      deadline.passed = true;
      resolve();
    }, deadlineMs);
    timer.unref();
  });
  locks.set(
    options.store,
    Promise.race([
      run.catch(() => undefined),
      previous.then(
        () => expiry,
        () => expiry,
      ),
    ]),
  );
  return run.finally(() => clearTimeout(timer));
}

async function runExclusively(
  options: RunDigestOptions,
  deadline: { passed: boolean },
): Promise<DigestRunReport> {
  const { store, client, now } = options;
  const runId = randomUUID();
  const scheduledFor = options.scheduledFor.toISOString();
  const logger = options.logger.child({ job: 'digest', runId, scheduledFor });
  const startedAt = Date.now();
  logger.info({ channels: options.channels }, 'digest run started');
  // Every stored time is the run's `now` (one clock), so reconciliation's grace period compares like with like.
  try {
    const reconciled = await reconcileInterrupted(store, client, now, logger);
    const catalog = options.getCatalog();
    const newlySeen = await store.recordFirstSeen(
      catalog.postings.map((p) => p.id),
      now,
    );
    const state = await store.read();
    const plans = planDigests({ state, catalog, channels: options.channels, now });
    const outcomes: ChannelOutcome[] = [];
    for (const plan of plans) {
      const { channelId, since, postings } = plan;
      if (deadline.passed) {
        logger.warn({ channelId }, 'digest run passed its deadline; this channel waits for the next run');
        break;
      }
      const windowStart = since ?? new Date(now.getTime() - FIRST_DIGEST_WINDOW_MS);
      const { message } = digestForPlan(plan, {
        now,
        timeZone: options.timeZone,
        emptyPolicy: options.emptyPolicy,
        ...(options.cron === undefined ? {} : { cron: options.cron }),
      });
      if (message === null) {
        outcomes.push({ channelId, status: 'nothing-new' });
        continue;
      }
      // A person's alert goes to their DM with the bot, opened (or found) before anything is claimed.
      let conversationId: string | undefined;
      if (plan.personal) {
        try {
          const opened = await client.conversations.open({ users: channelId });
          conversationId = opened.channel?.id;
          if (conversationId === undefined) throw new Error('conversations.open returned no channel');
        } catch (error) {
          const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
          logger.warn({ userId: channelId, error: code }, 'could not open a DM for a personal digest');
          outcomes.push({ channelId, status: 'failed', error: code, postings: postings.length });
          continue;
        }
      }
      const claimed = await store.claimDigest({
        runId,
        channelId,
        scheduledFor,
        postingIds: postings.map((p) => p.id),
        windowStart: windowStart.toISOString(),
        ...(conversationId === undefined ? {} : { conversationId }),
        cutoff: now.toISOString(),
        attemptedAt: now.toISOString(),
        owner: OWNER,
      });
      if (!claimed) {
        logger.info({ channelId }, 'digest for this slot already sent or being sent; skipped');
        outcomes.push({ channelId, status: 'already-done' });
        continue;
      }
      outcomes.push(
        await post(options, logger, runId, channelId, message, postings.length, conversationId ?? channelId),
      );
    }
    await store.recordRun({
      runId,
      scheduledFor,
      startedAt: now.toISOString(),
      finishedAt: new Date(now.getTime() + Date.now() - startedAt).toISOString(),
    });
    const report: DigestRunReport = { runId, scheduledFor, newlySeen, reconciled, channels: outcomes };
    const failures = outcomes.filter((o) => o.status === 'failed' || o.status === 'unconfirmed');
    logger[failures.length > 0 ? 'warn' : 'info'](
      {
        newlySeen,
        reconciled,
        sent: outcomes.filter((o) => o.status === 'sent').length,
        nothingNew: outcomes.filter((o) => o.status === 'nothing-new').length,
        alreadyDone: outcomes.filter((o) => o.status === 'already-done').length,
        failures,
        durationMs: Date.now() - startedAt,
      },
      'digest run finished',
    );
    return report;
  } catch (error) {
    logger.error({ err: error }, 'digest run failed');
    throw error;
  }
}

async function post(
  options: RunDigestOptions,
  logger: Logger,
  runId: string,
  channelId: string,
  message: DigestMessage,
  count: number,
  /** Where to post: the channel, or a person's DM channel. */
  conversation: string,
): Promise<ChannelOutcome> {
  const { store } = options;
  postingNow.add(runId);
  try {
    const response = await postOnce(options, runId, conversation, message, logger);
    const ts = response.ts ?? 'unknown';
    await store.finishDigest(channelId, runId, { status: 'sent', ts, at: options.now });
    logger.info({ channelId, postings: count, ts }, 'digest posted');
    return { channelId, status: 'sent', ts, postings: count };
  } catch (error) {
    const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
    if (definitelyNotPosted(error)) {
      await store.finishDigest(channelId, runId, { status: 'failed', error: code, at: options.now });
      logger.warn({ channelId, error: code, err: error }, 'digest not posted to this channel');
      return { channelId, status: 'failed', error: code, postings: count };
    }
    // The request may have reached Slack before the connection failed: the record stays `sending`, so no run
    // re-posts this slot, and the next run settles it from the channel's history.
    logger.error(
      { channelId, error: code, err: error },
      'digest post unconfirmed; will check history next run',
    );
    return { channelId, status: 'unconfirmed', error: code, postings: count };
  } finally {
    postingNow.delete(runId);
  }
}

/**
 * One `chat.postMessage`, never retried after a timeout or a dropped connection (Slack may have created
 * the message: the next run settles that from the channel's history). Only a 429, which is certainly not
 * a post, is tried again after its Retry-After.
 */
async function postOnce(
  options: RunDigestOptions,
  runId: string,
  channelId: string,
  message: DigestMessage,
  logger: Logger,
): Promise<{ ts?: string }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await options.client.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: {
          event_type: DIGEST_EVENT_TYPE,
          event_payload: { run_id: runId, scheduled_for: options.scheduledFor.toISOString() },
        },
      });
    } catch (error) {
      const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
      if (typeof retryAfter !== 'number' || attempt >= RATE_LIMIT_TRIES) throw error;
      logger.info({ channelId, retryAfter }, 'Slack asked the digest to wait; waiting');
      await sleep(retryAfter * 1000);
    }
  }
}

/** Slack answered `ok: false` or refused for rate limits: the message was certainly not created. */
function definitelyNotPosted(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'slack_webapi_platform_error' ||
    code === 'slack_webapi_rate_limited_error' ||
    slackErrorCode(error) === 'ratelimited'
  );
}

/**
 * Settles digests a stopped bot left `sending`. If the channel's history shows our message (matched by run id
 * in its metadata), it was sent. If the history is readable and it is not there, it was never posted: marked
 * failed, so those roles go out in the next digest. If the history cannot be read (no `channels:history`
 * scope, channel gone), we cannot know: marked `unknown` and NOT re-posted, because a missed digest is
 * a smaller harm than the same digest twice, and the log says which channel to check.
 */
async function reconcileInterrupted(
  store: DigestStore,
  client: WebClient,
  now: Date,
  logger: Logger,
): Promise<number> {
  const state = await store.read();
  const pending = state.digests.filter((d) => d.status === 'sending' && maySettle(d, now));
  for (const record of pending) {
    const found = await findPostedDigest(client, record);
    if (found.status === 'found') {
      await store.finishDigest(record.channelId, record.runId, { status: 'sent', ts: found.ts, at: now });
      logger.info(
        { channelId: record.channelId, digestRunId: record.runId, ts: found.ts },
        'interrupted digest had been posted',
      );
    } else if (found.status === 'absent') {
      await store.finishDigest(record.channelId, record.runId, {
        status: 'failed',
        error: 'interrupted before posting',
        at: now,
      });
      logger.warn(
        { channelId: record.channelId, digestRunId: record.runId },
        'interrupted digest was never posted; its roles go in the next digest',
      );
    } else {
      await store.finishDigest(record.channelId, record.runId, {
        status: 'unknown',
        error: found.error,
        at: now,
      });
      logger.warn(
        { channelId: record.channelId, digestRunId: record.runId, error: found.error },
        'could not tell whether an interrupted digest was posted; not re-posting it. Check the channel; ' +
          'grant channels:history (and groups:history for private channels) to let the bot check next time',
      );
    }
  }
  return pending.length;
}

/** Whether a `sending` record can be settled now: nobody can still be posting it. */
function maySettle(record: SentDigest, now: Date): boolean {
  if (postingNow.has(record.runId)) return false;
  const owner = record.owner;
  if (owner === undefined || owner.host !== OWNER.host) {
    return now.getTime() - Date.parse(record.attemptedAt) >= RECONCILE_GRACE_MS;
  }
  return owner.pid === OWNER.pid || !processIsAlive(owner.pid);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; ESRCH: no such process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type HistoryCheck =
  | { status: 'found'; ts: string }
  | { status: 'absent' }
  | { status: 'unreadable'; error: string };

async function findPostedDigest(client: WebClient, record: SentDigest): Promise<HistoryCheck> {
  try {
    const history = await client.conversations.history({
      channel: record.conversationId ?? record.channelId,
      oldest: String(Math.floor(Date.parse(record.attemptedAt) / 1000) - 60),
      include_all_metadata: true,
      limit: 200,
    });
    const match = history.messages?.find(
      (m) =>
        m.metadata?.event_type === DIGEST_EVENT_TYPE &&
        (m.metadata.event_payload as { run_id?: unknown } | undefined)?.run_id === record.runId,
    );
    if (match?.ts) return { status: 'found', ts: match.ts };
    if (history.has_more)
      return { status: 'unreadable', error: 'too many messages since the attempt to be sure' };
    return { status: 'absent' };
  } catch (error) {
    return { status: 'unreadable', error: slackErrorCode(error) ?? String(error) };
  }
}
