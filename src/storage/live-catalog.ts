import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Posting } from '../model/posting.ts';
import { mergeDuplicates } from '../parse/merge-duplicates.ts';
import {
  buildCatalog,
  type Catalog,
  catalogFromSnapshotLines,
  catalogSnapshotLines,
} from '../search/catalog.ts';
import { readFileLines, writeLinesFileAtomic } from './line-file.ts';
import {
  type FileOutcome,
  type LoadFailure,
  listPostingFiles,
  type PostingFileEntry,
  readPostingFile,
} from './posting-files.ts';

export interface LiveCatalog {
  current(): Catalog;
  /** Failures from the latest scan, for health checks and the console banner. */
  failures(): readonly LoadFailure[];
  onChange(listener: (catalog: Catalog) => void): () => void;
  /** Scans the folder now; resolves once the catalog reflects it. Watching calls this on its own. */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

export interface LiveCatalogOptions {
  postingsDir: string;
  dataDir: string;
  logger: Logger;
  maxFileBytes?: number;
  /** How often the folder is rescanned as a safety net for changes fs.watch misses (network drives, editors). */
  pollIntervalMs?: number;
  /** Off in one-shot tools such as the CLI. */
  watch?: boolean;
}

export const SNAPSHOT_FILE_NAME = 'catalog-snapshot.json';
const DEFAULT_POLL_MS = 2_000;
const CHANGE_DEBOUNCE_MS = 150;

interface CachedFile {
  size: number;
  modifiedMs: number;
  outcome: FileOutcome;
}

/**
 * The catalog the bot answers from, kept in step with the postings folder: files added, changed or removed
 * are picked up within seconds. A snapshot in the data folder makes a restart with unchanged files fast; it
 * is trusted only when it was built by this code from exactly the files now present.
 */
export async function openLiveCatalog(options: LiveCatalogOptions): Promise<LiveCatalog> {
  const { postingsDir, dataDir, logger } = options;
  const root = path.resolve(postingsDir);
  const snapshotPath = path.join(dataDir, SNAPSHOT_FILE_NAME);
  const codeVersion = await codeFingerprint();
  const cache = new Map<string, CachedFile>();
  const listeners = new Set<(catalog: Catalog) => void>();
  let failures: LoadFailure[] = [];
  let closed = false;

  const listing = await listPostingFiles([root], root);
  let filesFingerprint = fingerprintFiles(listing.files, codeVersion);
  const fromSnapshot = await loadSnapshot(snapshotPath, filesFingerprint, logger);
  let catalog: Catalog;
  if (fromSnapshot) {
    catalog = fromSnapshot;
    failures = listing.failures;
    logger.info(
      { postings: catalog.postings.length, snapshot: snapshotPath },
      'catalog loaded from snapshot',
    );
  } else {
    catalog = await rebuild(listing.files, listing.failures);
    await saveSnapshot(catalog);
  }

  async function rebuild(files: PostingFileEntry[], listFailures: LoadFailure[]): Promise<Catalog> {
    const started = performance.now();
    const postings: Posting[] = [];
    const nextFailures: LoadFailure[] = [...listFailures];
    const seen = new Set<string>();
    let parsed = 0;
    for (const file of files) {
      seen.add(file.displayPath);
      let cached = cache.get(file.displayPath);
      if (!cached || cached.size !== file.size || cached.modifiedMs !== file.modifiedMs) {
        cached = {
          size: file.size,
          modifiedMs: file.modifiedMs,
          outcome: await readPostingFile(file, { maxFileBytes: options.maxFileBytes }),
        };
        cache.set(file.displayPath, cached);
        parsed += 1;
        if (!cached.outcome.ok)
          logger.warn({ path: file.displayPath, reason: cached.outcome.reason }, 'posting skipped');
      }
      if (cached.outcome.ok) postings.push(...cached.outcome.postings);
      else nextFailures.push({ path: file.displayPath, reason: cached.outcome.reason });
    }
    for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
    failures = nextFailures;
    const built = buildCatalog(mergeDuplicates(postings));
    logger.info(
      {
        postings: built.postings.length,
        files: files.length,
        parsed,
        failed: nextFailures.length,
        ms: Math.round(performance.now() - started),
      },
      'catalog built',
    );
    return built;
  }

  async function saveSnapshot(toSave: Catalog): Promise<void> {
    try {
      await mkdir(dataDir, { recursive: true });
      // Line by line: a catalog of 100,000 postings is more than one JavaScript string can hold.
      const header = JSON.stringify({ fingerprint: filesFingerprint });
      await writeLinesFileAtomic(snapshotPath, prepend(header, catalogSnapshotLines(toSave)));
    } catch (error) {
      // A snapshot only speeds up the next start; failing to write one must not stop the bot.
      logger.warn({ err: error, snapshot: snapshotPath }, 'could not write the catalog snapshot');
    }
  }

  // Scans are serialised: a change arriving mid-scan schedules exactly one more scan.
  let scanning: Promise<void> | null = null;
  let rescanRequested = false;
  async function scan(): Promise<void> {
    const next = await listPostingFiles([root], root);
    const fingerprint = fingerprintFiles(next.files, codeVersion);
    if (fingerprint === filesFingerprint) return;
    filesFingerprint = fingerprint;
    catalog = await rebuild(next.files, next.failures);
    for (const listener of listeners) {
      try {
        listener(catalog);
      } catch (error) {
        logger.error({ err: error }, 'catalog change listener failed');
      }
    }
    await saveSnapshot(catalog);
  }
  function refresh(): Promise<void> {
    if (scanning) {
      rescanRequested = true;
      return scanning;
    }
    scanning = (async () => {
      try {
        do {
          rescanRequested = false;
          await scan();
        } while (rescanRequested && !closed);
      } catch (error) {
        logger.error(
          { err: error, postingsDir },
          'rescanning the postings folder failed; keeping the previous catalog',
        );
      } finally {
        scanning = null;
      }
    })();
    return scanning;
  }

  let watcher: FSWatcher | null = null;
  let poller: NodeJS.Timeout | null = null;
  let debounce: NodeJS.Timeout | null = null;
  if (options.watch !== false) {
    const soon = () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => void refresh(), CHANGE_DEBOUNCE_MS);
    };
    try {
      watcher = watch(root, { recursive: true }, soon);
      watcher.on('error', (error) =>
        logger.warn({ err: error }, 'watching the postings folder failed; polling only'),
      );
    } catch (error) {
      logger.warn({ err: error }, 'cannot watch the postings folder; polling only');
    }
    poller = setInterval(() => void refresh(), options.pollIntervalMs ?? DEFAULT_POLL_MS);
    poller.unref();
  }

  return {
    current: () => catalog,
    failures: () => failures,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    async close() {
      closed = true;
      watcher?.close();
      if (poller) clearInterval(poller);
      if (debounce) clearTimeout(debounce);
      await scanning;
    },
  };
}

/** What a snapshot must match to be trusted: the same files (name, size, time) read by the same code. */
function fingerprintFiles(files: readonly PostingFileEntry[], codeVersion: string): string {
  const hash = createHash('sha256').update(codeVersion);
  for (const file of [...files].sort((a, b) => a.displayPath.localeCompare(b.displayPath))) {
    hash.update(`\n${file.displayPath}\t${file.size}\t${file.modifiedMs}`);
  }
  return hash.digest('hex');
}

async function loadSnapshot(
  snapshotPath: string,
  fingerprint: string,
  logger: Logger,
): Promise<Catalog | null> {
  let lines: Iterator<string>;
  try {
    lines = (await readFileLines(snapshotPath))[Symbol.iterator]();
  } catch {
    return null;
  }
  try {
    const first = lines.next();
    const header = JSON.parse(first.done === true ? '' : first.value) as { fingerprint?: unknown };
    if (header.fingerprint !== fingerprint) {
      logger.info({ snapshot: snapshotPath }, 'catalog snapshot is stale; rebuilding');
      return null;
    }
    return catalogFromSnapshotLines({ [Symbol.iterator]: () => lines });
  } catch (error) {
    logger.warn({ err: error, snapshot: snapshotPath }, 'catalog snapshot is corrupt; rebuilding');
    return null;
  }
}

function* prepend(first: string, rest: Iterable<string>): Generator<string> {
  yield first;
  yield* rest;
}

/**
 * A snapshot built by older parsing or indexing code must not be trusted, so the code that shapes postings
 * and the index is part of the fingerprint. Hashing the source (a few hundred KB) costs milliseconds.
 */
async function codeFingerprint(): Promise<string> {
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const folder of ['model', 'parse', 'places', 'pay', 'search']) {
    let names: string[] = [];
    try {
      names = (await readdir(path.join(srcRoot, folder), { recursive: true })).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.endsWith('.ts')) continue;
      hash.update(name);
      hash.update(await readFile(path.join(srcRoot, folder, name)));
    }
  }
  return hash.digest('hex');
}
