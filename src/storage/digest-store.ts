import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file.ts';

const IsoTime = z.iso.datetime({ offset: true });

export const Subscription = z.object({
  id: z.string().min(1),
  channelId: z.string().min(1),
  /** Null: every new role. */
  query: z.string().min(1).nullable(),
  createdBy: z.string().min(1),
  createdAt: IsoTime,
  /** A person's own alert: `channelId` is then their user id and the digest goes to them by DM. */
  personal: z.boolean().optional(),
});
export type Subscription = z.infer<typeof Subscription>;

/**
 * `unknown`: a digest that was being posted when the bot stopped, and whose fate Slack could not confirm.
 * It is never re-posted (see the digest runner for why).
 */
export const DigestStatus = z.enum(['sending', 'sent', 'failed', 'unknown']);
export type DigestStatus = z.infer<typeof DigestStatus>;

export const SentDigest = z.object({
  runId: z.string().min(1),
  channelId: z.string().min(1),
  scheduledFor: IsoTime,
  status: DigestStatus,
  ts: z.string().min(1).optional(),
  postingIds: z.array(z.string()),
  /** Roles first seen after this were selected (absent in records from before it was kept). */
  windowStart: IsoTime.optional(),
  /** The moment roles were selected up to: becomes the channel's last digest time once sent. */
  cutoff: IsoTime,
  attemptedAt: IsoTime,
  finishedAt: IsoTime.optional(),
  error: z.string().optional(),
  /** Where the message was posted when that is not `channelId` (a person's DM channel). */
  conversationId: z.string().min(1).optional(),
  /** The process that made the attempt: while it lives, only it may settle the record. */
  owner: z.object({ pid: z.number().int().positive(), host: z.string().min(1) }).optional(),
});
export type SentDigest = z.infer<typeof SentDigest>;

export const DigestRun = z.object({
  runId: z.string().min(1),
  scheduledFor: IsoTime,
  startedAt: IsoTime,
  finishedAt: IsoTime,
});
export type DigestRun = z.infer<typeof DigestRun>;

export const DigestState = z.object({
  version: z.literal(1),
  createdAt: IsoTime,
  /** Posting id -> when the bot first saw it. Keyed by the stable id so re-saving a file never makes a role new. */
  firstSeen: z.record(z.string(), IsoTime),
  subscriptions: z.array(Subscription),
  channels: z.record(z.string(), z.object({ lastDigestAt: IsoTime })),
  digests: z.array(SentDigest),
  runs: z.array(DigestRun),
});
export type DigestState = z.infer<typeof DigestState>;

export type DigestOutcome =
  | { status: 'sent'; ts: string; at: Date }
  | { status: 'failed'; error: string; at: Date }
  | { status: 'unknown'; error: string; at: Date };

/**
 * Everything digests remember. An interface so a shared database can take the file's place when several
 * replicas run; the file implementation below is for one bot (or several sharing one folder).
 */
export interface DigestStore {
  /** Where the state lives, for log lines. */
  readonly location: string;
  read(): Promise<DigestState>;
  /** Records `at` for ids not seen before; returns how many were new. */
  recordFirstSeen(ids: readonly string[], at: Date): Promise<number>;
  /** Adds a subscription, or returns the existing one for the same channel and query. */
  addSubscription(input: Omit<Subscription, 'id'>): Promise<{ subscription: Subscription; created: boolean }>;
  /** Removes the channel's subscriptions whose id or query equals `idOrQuery` (null: the one without a query). */
  removeSubscriptions(channelId: string, idOrQuery: string | null): Promise<Subscription[]>;
  /** Removes every subscription of a channel (or a person's alerts, by user id): the digest's Unsubscribe. */
  removeAllSubscriptions(channelId: string): Promise<Subscription[]>;
  /**
   * Records a digest as `sending` unless one for the same channel and scheduled time is already sending,
   * sent or unknown. False means someone else has it: do not post.
   */
  claimDigest(record: Omit<SentDigest, 'status' | 'ts' | 'finishedAt' | 'error'>): Promise<boolean>;
  /** Closes a claimed digest; `sent` and `unknown` advance the channel's last digest time to the record's cutoff. */
  finishDigest(channelId: string, runId: string, outcome: DigestOutcome): Promise<void>;
  recordRun(run: DigestRun): Promise<void>;
}

export class DigestStoreCorruptError extends Error {
  override readonly name = 'DigestStoreCorruptError';
  readonly code = 'roles.digest_store_corrupt';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(
      `Digest store ${path} ${reason}. Digests are paused and the file was left untouched. ` +
        `To keep its history, repair the JSON by hand and restart. To start afresh (subscriptions, ` +
        `first-seen times and sent digests are forgotten), move it aside and restart: ` +
        `mv '${path}' '${path}.corrupt-${fileTimestamp(new Date())}'`,
    );
  }
}

export interface OpenDigestStoreOptions {
  dataDir: string;
  /** The clock, for the store's creation time. */
  now: () => Date;
  /**
   * When the state file is corrupt: false (default) refuses with `DigestStoreCorruptError`; true moves it to
   * `<file>.corrupt-<timestamp>` and starts afresh. Never silent: the move is reported in `movedAside`.
   */
  moveAsideCorrupt?: boolean;
}

export interface OpenedDigestStore {
  store: DigestStore;
  /** The path a corrupt file was moved to, when it was. */
  movedAside: string | null;
}

const STATE_FILE = 'digest-state.json';
const CLAIMS_FOLDER = 'digest-claims';
/** Enough history to reconcile and to answer "did this slot run", without growing for ever. */
const KEEP_DIGESTS = 1000;
const KEEP_RUNS = 200;

export async function openDigestStore(options: OpenDigestStoreOptions): Promise<OpenedDigestStore> {
  await mkdir(join(options.dataDir, CLAIMS_FOLDER), { recursive: true });
  const path = join(options.dataDir, STATE_FILE);
  const read = await readJsonFile(path, DigestState);
  let movedAside: string | null = null;
  if (read.status === 'invalid') {
    if (!options.moveAsideCorrupt) throw new DigestStoreCorruptError(path, read.reason);
    movedAside = `${path}.corrupt-${fileTimestamp(options.now())}`;
    await rename(path, movedAside);
  }
  if (read.status !== 'ok') await writeJsonFileAtomic(path, emptyState(options.now()));
  return { store: new FileDigestStore(path, join(options.dataDir, CLAIMS_FOLDER)), movedAside };
}

/**
 * The store's state for a look that must change nothing (`roles digest --dry-run`): no folder or file is
 * created; a missing file reads as a new, empty store; a corrupt one is the same error the bot gives.
 */
export function readOnlyDigestStore(dataDir: string, now: () => Date): Pick<DigestStore, 'read'> {
  const path = join(dataDir, STATE_FILE);
  return {
    async read() {
      const read = await readJsonFile(path, DigestState);
      if (read.status === 'invalid') throw new DigestStoreCorruptError(path, read.reason);
      return read.status === 'ok' ? read.value : emptyState(now());
    },
  };
}

function subscriptionId(channelId: string, query: string | null): string {
  return `sub-${createHash('sha256')
    .update(`${channelId}\u0000${query ?? ''}`)
    .digest('hex')
    .slice(0, 6)}`;
}

function emptyState(createdAt: Date): DigestState {
  return {
    version: 1,
    createdAt: createdAt.toISOString(),
    firstSeen: {},
    subscriptions: [],
    channels: {},
    digests: [],
    runs: [],
  };
}

class FileDigestStore implements DigestStore {
  /** Every operation reads, changes and writes the whole file in turn, so two runs never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly location: string,
    private readonly claimsFolder: string,
  ) {}

  read(): Promise<DigestState> {
    return this.serialised(() => this.load());
  }

  recordFirstSeen(ids: readonly string[], at: Date): Promise<number> {
    return this.update((state) => {
      let added = 0;
      for (const id of ids) {
        if (state.firstSeen[id] !== undefined) continue;
        state.firstSeen[id] = at.toISOString();
        added += 1;
      }
      return { changed: added > 0, result: added };
    });
  }

  addSubscription(
    input: Omit<Subscription, 'id'>,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    return this.update<{ subscription: Subscription; created: boolean }>((state) => {
      const id = subscriptionId(input.channelId, input.query);
      const existing = state.subscriptions.find((s) => s.id === id);
      if (existing) return { changed: false, result: { subscription: existing, created: false } };
      const subscription: Subscription = { id, ...input };
      state.subscriptions.push(subscription);
      return { changed: true, result: { subscription, created: true } };
    });
  }

  removeSubscriptions(channelId: string, idOrQuery: string | null): Promise<Subscription[]> {
    return this.update((state) => {
      const wanted = idOrQuery?.toLowerCase() ?? null;
      const removed = state.subscriptions.filter(
        (s) =>
          s.channelId === channelId &&
          (wanted === null ? s.query === null : s.id === wanted || s.query?.toLowerCase() === wanted),
      );
      state.subscriptions = state.subscriptions.filter((s) => !removed.includes(s));
      return { changed: removed.length > 0, result: removed };
    });
  }

  removeAllSubscriptions(channelId: string): Promise<Subscription[]> {
    return this.update((state) => {
      const removed = state.subscriptions.filter((s) => s.channelId === channelId);
      state.subscriptions = state.subscriptions.filter((s) => s.channelId !== channelId);
      return { changed: removed.length > 0, result: removed };
    });
  }

  claimDigest(record: Omit<SentDigest, 'status' | 'ts' | 'finishedAt' | 'error'>): Promise<boolean> {
    return this.serialised(async () => {
      const state = await this.load();
      const taken = state.digests.some(
        (d) =>
          d.channelId === record.channelId && d.scheduledFor === record.scheduledFor && d.status !== 'failed',
      );
      if (taken) return false;
      // The state file is rewritten whole, so two processes sharing the folder could both read "free";
      // creating the claim file with O_EXCL is the one step only one of them can win.
      try {
        const handle = await open(this.claimPath(record.channelId, record.scheduledFor), 'wx');
        await handle.close();
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
        throw error;
      }
      state.digests.push({ ...record, status: 'sending' });
      state.digests = state.digests.slice(-KEEP_DIGESTS);
      await writeJsonFileAtomic(this.location, state);
      return true;
    });
  }

  finishDigest(channelId: string, runId: string, outcome: DigestOutcome): Promise<void> {
    return this.serialised(async () => {
      const state = await this.load();
      const record = state.digests.find((d) => d.channelId === channelId && d.runId === runId);
      if (!record) throw new Error(`Digest store: no digest ${runId} for channel ${channelId}`);
      record.status = outcome.status;
      record.finishedAt = outcome.at.toISOString();
      if (outcome.status === 'sent') record.ts = outcome.ts;
      else record.error = outcome.error;
      if (outcome.status === 'failed') {
        // A failed slot may be tried again (after the bot is invited back, say).
        await rm(this.claimPath(channelId, record.scheduledFor), { force: true });
      } else {
        const previous = state.channels[channelId]?.lastDigestAt;
        if (previous === undefined || Date.parse(previous) < Date.parse(record.cutoff)) {
          state.channels[channelId] = { lastDigestAt: record.cutoff };
        }
      }
      await writeJsonFileAtomic(this.location, state);
    });
  }

  recordRun(run: DigestRun): Promise<void> {
    return this.update((state) => {
      state.runs = [...state.runs, run].slice(-KEEP_RUNS);
      return { changed: true, result: undefined };
    });
  }

  private claimPath(channelId: string, scheduledFor: string): string {
    const safe = `${channelId}-${scheduledFor}`.replace(/[^A-Za-z0-9_-]/g, '_');
    return join(this.claimsFolder, safe);
  }

  private update<T>(change: (state: DigestState) => { changed: boolean; result: T }): Promise<T> {
    return this.serialised(async () => {
      const state = await this.load();
      const { changed, result } = change(state);
      if (changed) await writeJsonFileAtomic(this.location, state);
      return result;
    });
  }

  private serialised<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<DigestState> {
    const read = await readJsonFile(this.location, DigestState);
    if (read.status === 'ok') return read.value;
    throw new DigestStoreCorruptError(
      this.location,
      read.status === 'missing' ? 'has disappeared' : read.reason,
    );
  }
}

function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
