import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Posting } from '../model/posting.ts';
import { buildCatalog, type Catalog } from '../search/catalog.ts';
import { buildSnapshotInWorker } from '../workers/build-snapshot.ts';
import { DEFAULT_PARSE_TIMEOUT_MS, type ParsePool, sharedParsePool } from '../workers/parse-pool.ts';
import { readLiveSnapshot, writeLiveSnapshot } from './catalog-snapshot.ts';
import { buildFromRecords, FileCatalog, type FileRecord } from './file-catalog.ts';
import { openFirstReadStore } from './first-read-store.ts';
import { type FolderWatcher, watchFolderTree } from './folder-watcher.ts';
import {
  checkPostingsDir,
  DEFAULT_MAX_POSTING_BYTES,
  describeFsError,
  formatBytes,
  isPostingFileName,
  type LoadFailure,
  listPostingFiles,
  type PostingFileEntry,
} from './posting-files.ts';
import { sourceFingerprint } from './source-fingerprint.ts';

export interface LoadingProgress {
  /** Postings restored from the snapshot, or files read on a cold start. */
  loaded: number;
  total: number;
}

export interface LiveCatalog {
  /** The catalog as it is now; empty until the first load is done (see `loading`). */
  current(): Catalog;
  /** Null once the catalog is complete; while it loads, how far it has got. */
  loading(): LoadingProgress | null;
  /** Resolves when the first complete catalog is in place. */
  readonly ready: Promise<void>;
  /** Files the parser could not read, with why, and paths the folder scan could not list. */
  failures(): readonly LoadFailure[];
  /** Posting files parsed since start: 0 after a warm start with nothing changed. */
  parsedFiles(): number;
  onChange(listener: (catalog: Catalog) => void): () => void;
  /** Rescans the whole folder now; resolves once the catalog reflects it. Watching does this on its own. */
  refresh(): Promise<void>;
  /**
   * Postings from outside the postings folder (issue 13: a followed job board, `key` = `greenhouse:acme`),
   * merged into the catalog like one more file and replaced whole on each call; an empty list removes them.
   * Resolves once the catalog reflects them.
   */
  setExternalPostings(key: string, postings: readonly Posting[]): Promise<void>;
  close(): Promise<void>;
}

export interface LiveCatalogOptions {
  postingsDir: string;
  dataDir: string;
  logger: Logger;
  /** MAX_POSTING_BYTES: a bigger file is skipped unread. */
  maxFileBytes?: number;
  /** MAX_POSTING_FILES: files past this many are not read. */
  maxFiles?: number;
  /** PARSE_TIMEOUT_MS: a file whose parsing takes longer is skipped. */
  parseTimeoutMs?: number;
  /** RESCAN_INTERVAL_MS: a full rescan as a safety net for changes fs.watch misses (network drives, symlinks). */
  rescanIntervalMs?: number;
  /** Off in one-shot tools and some tests. */
  watch?: boolean;
  /** Where files are parsed; by default the process's shared pool (a worker thread per core). */
  parsePool?: ParsePool;
  now?: () => Date;
}

export const SNAPSHOT_FILE_NAME = 'catalog-snapshot.jsonl';
/** Record paths of postings from outside the folder; no relative file path starts so (issue 13). */
export const EXTERNAL_PREFIX = 'external:';
export const DEFAULT_RESCAN_INTERVAL_MS = 5 * 60_000;
/** Changes arrive in bursts (an editor's save is several events): wait this long after the last one. */
const CHANGE_DEBOUNCE_MS = 100;
/** The snapshot is rewritten this long after the last change, so a burst of edits costs one write. */
const SAVE_DELAY_MS = 5_000;
/** Postings changed per catalog edit before the event loop gets a turn. */
const POSTINGS_PER_EDIT = 25;
/** Past this share of the files changed at once, one build in a worker beats editing file by file. */
const REBUILD_SHARE = 0.2;
const REBUILD_MIN_FILES = 500;
/** Up to this many postings, a build is quicker in-process than in a new worker thread (tens of ms). */
const IN_PROCESS_BUILD_POSTINGS = 100;

/**
 * The catalog the bot answers from, kept in step with the postings folder. Reading, parsing and building
 * never block the event loop: parsing runs in a worker pool, a cold build in a worker thread, and a change
 * edits only the documents of the files that changed (see FileCatalog). The folder is watched (one fs.watch
 * per folder) with a slow full rescan as a safety net. A snapshot in the data folder keeps every file's result,
 * so a restart parses only the files that changed while the bot was down.
 *
 * Throws PostingsDirError at once when the postings folder is missing or unreadable; everything else (the
 * first load included) happens after this returns, so the bot can answer health checks meanwhile.
 */
export async function openLiveCatalog(options: LiveCatalogOptions): Promise<LiveCatalog> {
  const { postingsDir, dataDir, logger } = options;
  await checkPostingsDir(postingsDir);
  const root = path.resolve(postingsDir);
  const snapshotPath = path.join(dataDir, SNAPSHOT_FILE_NAME);
  const now = options.now ?? (() => new Date());
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_POSTING_BYTES;
  const [code, firstRead] = await Promise.all([codeFingerprint(), openFirstReadStore(dataDir, logger)]);
  const pool = options.parsePool ?? sharedParsePool();
  const parseTimeoutMs = options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const listeners = new Set<(catalog: Catalog) => void>();
  let files = new FileCatalog(buildCatalog([]), []);
  let progress: LoadingProgress | null = { loaded: 0, total: 0 };
  let listFailures: LoadFailure[] = [];
  let closed = false;

  const publish = () => {
    for (const listener of listeners) {
      try {
        listener(files.catalog);
      } catch (error) {
        logger.error({ err: error }, 'catalog change listener failed');
      }
    }
  };

  // Every change to the catalog runs in this one queue, so edits, rescans and snapshot writes never overlap.
  let tail: Promise<unknown> = Promise.resolve();
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(() => (closed ? (undefined as T) : task()));
    tail = run.catch((error: unknown) => {
      logger.error({ err: error, postingsDir }, 'updating the catalog failed; keeping the previous one');
    });
    return run;
  }

  /** Reads one file (unless its size and time are unchanged) into a record; parses only new content. */
  async function readRecord(entry: PostingFileEntry): Promise<{ record: FileRecord; parsed: boolean }> {
    const previous = files.record(entry.displayPath);
    const base = { path: entry.displayPath, size: entry.size, modifiedMs: entry.modifiedMs };
    if (entry.size > maxFileBytes) {
      const reason = `file is ${formatBytes(entry.size)}, over the ${formatBytes(maxFileBytes)} limit: save only the job page, or raise MAX_POSTING_BYTES`;
      return { record: { ...base, hash: '', outcome: { ok: false, reason } }, parsed: false };
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(entry.absolutePath);
    } catch (error) {
      return {
        record: { ...base, hash: '', outcome: { ok: false, reason: describeFsError(error) } },
        parsed: false,
      };
    }
    const hash = createHash('sha256').update(bytes).digest('base64url');
    if (previous !== undefined && previous.hash === hash) {
      return { record: { ...previous, ...base }, parsed: false };
    }
    const modifiedAt = firstRead.firstRead(hash, now());
    const outcome = await pool.parse(entry.displayPath, new Uint8Array(bytes), modifiedAt, parseTimeoutMs);
    if (!outcome.ok) logger.warn({ path: entry.displayPath, reason: outcome.reason }, 'posting file skipped');
    return { record: { ...base, hash, outcome }, parsed: true };
  }

  /** Reads the given files, a few at a time (the pool has a thread per core), into records. */
  async function readRecords(
    entries: readonly PostingFileEntry[],
    onRead?: (done: number) => void,
  ): Promise<{ records: Map<string, FileRecord>; parsed: number }> {
    const records = new Map<string, FileRecord>();
    let next = 0;
    let parsed = 0;
    const reader = async () => {
      while (next < entries.length && !closed) {
        const entry = entries[next++]!;
        const read = await readRecord(entry);
        records.set(entry.displayPath, read.record);
        if (read.parsed) parsed++;
        onRead?.(records.size);
      }
    };
    await Promise.all(Array.from({ length: 8 }, reader));
    return { records, parsed };
  }

  /** Applies changed records in small edits, giving the event loop a turn between them. */
  async function applyChanges(changes: Map<string, FileRecord | null>, parsed: number): Promise<boolean> {
    let changed = false;
    let batch = new Map<string, FileRecord | null>();
    let postings = 0;
    const flush = async () => {
      if (batch.size === 0) return;
      if (files.apply(batch, 0)) changed = true;
      batch = new Map();
      postings = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    for (const [filePath, record] of changes) {
      batch.set(filePath, record);
      const before = files.record(filePath);
      postings +=
        (record?.outcome.ok ? record.outcome.postings.length : 0) +
        (before?.outcome.ok ? before.outcome.postings.length : 0);
      if (postings >= POSTINGS_PER_EDIT) await flush();
    }
    await flush();
    files.apply(new Map(), parsed);
    return changed;
  }

  /** A full build in a worker thread, written as the snapshot and loaded from it in slices. */
  async function rebuildFrom(records: FileRecord[]): Promise<FileCatalog> {
    const started = performance.now();
    const postings = records.reduce((sum, r) => sum + (r.outcome.ok ? r.outcome.postings.length : 0), 0);
    // A few dozen postings index in milliseconds: less than starting a worker thread costs.
    if (postings <= IN_PROCESS_BUILD_POSTINGS) {
      const built = new FileCatalog(buildFromRecords(records), records);
      scheduleSave();
      return built;
    }
    try {
      await mkdir(dataDir, { recursive: true });
      await buildSnapshotInWorker({ records, snapshotPath, code });
      const read = await readLiveSnapshot(snapshotPath, code);
      if (read.status !== 'ok')
        throw new Error(`the snapshot just written could not be read back (${read.status})`);
      logger.info(
        {
          postings: read.catalog.postings.length,
          files: records.length,
          ms: Math.round(performance.now() - started),
        },
        'catalog built',
      );
      return new FileCatalog(read.catalog, read.records);
    } catch (error) {
      // Without a writable data folder, build here: the event loop stalls once, but the bot still serves.
      logger.warn({ err: error, dataDir }, 'could not build the catalog in a worker; building it in-process');
      return new FileCatalog(buildFromRecords(records), records);
    }
  }

  async function coldStart(): Promise<void> {
    const listing = await listPostingFiles([root], root, { maxFiles: options.maxFiles });
    listFailures = listing.failures;
    progress = { loaded: 0, total: listing.files.length };
    const { records, parsed } = await readRecords(listing.files, (done) => {
      progress = { loaded: done, total: listing.files.length };
    });
    const built = await rebuildFrom([...records.values()]);
    built.apply(new Map(), parsed);
    files = built;
  }

  async function warmStart(): Promise<boolean> {
    const started = performance.now();
    const read = await readLiveSnapshot(snapshotPath, code, (loaded, total) => {
      progress = { loaded, total };
    });
    if (read.status !== 'ok') {
      // Worth a warning: every file is parsed again, which takes a while on a big folder.
      if (read.status !== 'missing')
        logger.warn({ snapshot: snapshotPath, reason: read.reason }, 'catalog snapshot not used; rebuilding');
      return false;
    }
    files = new FileCatalog(read.catalog, read.records);
    logger.info(
      {
        postings: read.catalog.postings.length,
        files: read.records.length,
        ms: Math.round(performance.now() - started),
      },
      'catalog loaded from snapshot',
    );
    return true;
  }

  /** Lists the folder and brings every changed, added or removed file into the catalog. */
  async function rescan(): Promise<void> {
    const listing = await listPostingFiles([root], root, { maxFiles: options.maxFiles });
    listFailures = listing.failures;
    const listed = new Set<string>();
    const stale: PostingFileEntry[] = [];
    for (const entry of listing.files) {
      listed.add(entry.displayPath);
      const record = files.record(entry.displayPath);
      if (record === undefined || record.size !== entry.size || record.modifiedMs !== entry.modifiedMs) {
        stale.push(entry);
      }
    }
    const changes = new Map<string, FileRecord | null>();
    for (const record of files.records()) {
      // External postings (followed boards) are no file of the folder: only setExternalPostings removes them.
      if (!listed.has(record.path) && !record.path.startsWith(EXTERNAL_PREFIX))
        changes.set(record.path, null);
    }
    if (stale.length === 0 && changes.size === 0) return;
    const { records, parsed } = await readRecords(stale);
    for (const [filePath, record] of records) changes.set(filePath, record);
    await commit(changes, parsed);
  }

  async function commit(changes: Map<string, FileRecord | null>, parsed: number): Promise<void> {
    if (changes.size === 0) return;
    const started = performance.now();
    const many = changes.size >= Math.max(REBUILD_MIN_FILES, REBUILD_SHARE * files.fileCount);
    let changed: boolean;
    if (many) {
      const merged = new Map<string, FileRecord>();
      for (const record of files.records()) merged.set(record.path, record);
      for (const [filePath, record] of changes) {
        if (record === null) merged.delete(filePath);
        else merged.set(filePath, record);
      }
      const rebuilt = await rebuildFrom([...merged.values()]);
      rebuilt.apply(new Map(), files.parsedFiles + parsed);
      files = rebuilt;
      changed = true;
    } else {
      changed = await applyChanges(changes, parsed);
    }
    logger.info(
      {
        files: changes.size,
        parsed,
        postings: files.catalog.postings.length,
        ms: Math.round(performance.now() - started),
      },
      'catalog updated',
    );
    if (changed) {
      publish();
      scheduleSave();
    }
  }

  // --- Snapshot writes ---------------------------------------------------------------------------------------
  let saveTimer: NodeJS.Timeout | null = null;
  let saveWanted = false;
  function scheduleSave(): void {
    saveWanted = true;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      void enqueue(save);
    }, SAVE_DELAY_MS);
    saveTimer.unref();
  }
  async function save(): Promise<void> {
    if (!saveWanted) return;
    saveWanted = false;
    const started = performance.now();
    try {
      await mkdir(dataDir, { recursive: true });
      await writeLiveSnapshot(snapshotPath, files.catalog, files.records(), code);
      logger.debug({ ms: Math.round(performance.now() - started) }, 'catalog snapshot written');
    } catch (error) {
      // A snapshot only speeds up the next start; failing to write one must not stop the bot.
      logger.warn({ err: error, snapshot: snapshotPath }, 'could not write the catalog snapshot');
    }
  }

  // --- Watching ----------------------------------------------------------------------------------------------
  const dirty = new Set<string>();
  let rescanWanted = false;
  let changeTimer: NodeJS.Timeout | null = null;
  function changed(name: string | null): void {
    if (name === null) rescanWanted = true;
    else dirty.add(name);
    if (changeTimer) clearTimeout(changeTimer);
    changeTimer = setTimeout(() => {
      changeTimer = null;
      void enqueue(processChanges);
    }, CHANGE_DEBOUNCE_MS);
  }

  /** Looks at the paths fs.watch named; anything unclear (a folder, a symlink) asks for a full rescan. */
  async function processChanges(): Promise<void> {
    const names = [...dirty];
    dirty.clear();
    const changes = new Map<string, FileRecord | null>();
    const stale: PostingFileEntry[] = [];
    for (const name of names) {
      if (name.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      const absolute = path.join(root, name);
      let info: Awaited<ReturnType<typeof lstat>>;
      try {
        info = await lstat(absolute);
      } catch {
        // Gone: the file itself, or a folder with everything in it.
        if (files.record(name) !== undefined) changes.set(name, null);
        for (const record of files.records()) {
          if (record.path.startsWith(`${name}${path.sep}`)) changes.set(record.path, null);
        }
        continue;
      }
      if (!info.isFile()) {
        rescanWanted = true;
        continue;
      }
      if (!isPostingFileName(path.basename(name))) continue;
      const record = files.record(name);
      if (record !== undefined && record.size === info.size && record.modifiedMs === info.mtimeMs) continue;
      if (record === undefined && files.fileCount >= (options.maxFiles ?? Number.POSITIVE_INFINITY)) continue;
      stale.push({ absolutePath: absolute, displayPath: name, size: info.size, modifiedMs: info.mtimeMs });
    }
    const { records, parsed } = await readRecords(stale);
    for (const [filePath, record] of records) changes.set(filePath, record);
    await commit(changes, parsed);
    if (rescanWanted) {
      rescanWanted = false;
      await rescan();
    }
  }

  let watcher: FolderWatcher | null = null;
  let rescanner: NodeJS.Timeout | null = null;

  const ready = (async () => {
    try {
      const warm = await warmStart();
      if (!warm) await coldStart();
    } catch (error) {
      logger.error({ err: error, postingsDir }, 'loading the postings failed; serving none until a change');
    }
    progress = null;
    publish();
    if (closed) return;
    // Ready for the first edit: a worker that has loaded the parser parses it at once.
    pool.warm();
    if (options.watch !== false) {
      // One line, not one per folder: past the system's inotify limit every further folder would fail alike.
      let warned = false;
      watcher = watchFolderTree(root, {
        onChange: changed,
        onError: (error) => {
          if (warned) return;
          warned = true;
          logger.warn(
            { err: error },
            'watching part of the postings folder failed; changes there are picked up by the rescan',
          );
        },
      });
      rescanner = setInterval(() => void refresh(), options.rescanIntervalMs ?? DEFAULT_RESCAN_INTERVAL_MS);
      rescanner.unref();
    }
  })();
  // Files that changed while the bot was down; a cold start has just read them all.
  void ready.then(() => enqueue(rescan));
  // A cold start's snapshot is written by the build; only edits need a later write.

  let rescanQueued: Promise<void> | null = null;
  function refresh(): Promise<void> {
    rescanQueued ??= enqueue(async () => {
      rescanQueued = null;
      await rescan();
    });
    return rescanQueued;
  }

  return {
    current: () => files.catalog,
    loading: () => progress,
    ready,
    failures: () => [...listFailures, ...files.failures()],
    parsedFiles: () => files.parsedFiles,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => ready.then(refresh),
    setExternalPostings: (key, postings) =>
      ready.then(() =>
        enqueue(async () => {
          const recordPath = `${EXTERNAL_PREFIX}${key}`;
          const record: FileRecord | null =
            postings.length === 0
              ? null
              : {
                  path: recordPath,
                  size: 0,
                  modifiedMs: 0,
                  hash: '',
                  outcome: { ok: true, postings: [...postings] },
                };
          if (record === null && files.record(recordPath) === undefined) return;
          await commit(new Map([[recordPath, record]]), 0);
        }),
      ),
    async close() {
      if (closed) return;
      watcher?.close();
      if (rescanner) clearInterval(rescanner);
      if (changeTimer) clearTimeout(changeTimer);
      if (saveTimer) clearTimeout(saveTimer);
      await ready.catch(() => undefined);
      // What was changed but not yet saved is saved now, so the next start parses nothing.
      await enqueue(save).catch(() => undefined);
      closed = true;
      await tail;
      // The pool is shared (or the caller's): its idle threads exit on their own.
      await firstRead.flush();
    },
  };
}

/** A snapshot made by other parsing or indexing code must not be trusted: that code is part of its key. */
function codeFingerprint(): Promise<string> {
  return sourceFingerprint(['model', 'parse', 'places', 'pay', 'search']);
}
