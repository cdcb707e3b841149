import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * When the bot first read each posting's content, keyed by a hash of the bytes. "Posted 6 days ago" counts back
 * from that instant, not from the file's modification time, so a fresh clone, a copy or a `touch` of the folder
 * never makes an old posting new again. Kept apart from the catalog snapshot, which is thrown away whenever the
 * parser changes: these instants must outlive it.
 *
 * One line per content: `<hash>\t<epoch ms>`, appended; a damaged line is skipped.
 */

export const FIRST_READ_FILE_NAME = 'first-read.tsv';

export interface FirstReadStore {
  /** The instant this content was first read; the first call for a content records `now`. */
  firstRead(hash: string, now: Date): Date;
  /** Resolves once every instant recorded so far is on disk. */
  flush(): Promise<void>;
  readonly size: number;
}

export async function openFirstReadStore(dataDir: string, logger: Logger): Promise<FirstReadStore> {
  const file = path.join(dataDir, FIRST_READ_FILE_NAME);
  const instants = new Map<string, number>();
  try {
    const text = await readFile(file, 'utf8');
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const ms = Number(line.slice(tab + 1));
      if (Number.isFinite(ms) && !instants.has(line.slice(0, tab))) instants.set(line.slice(0, tab), ms);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.warn({ err: error, file }, 'could not read when postings were first read; dating from now');
    }
  }
  let pending: string[] = [];
  let writing: Promise<void> = Promise.resolve();
  let ready: Promise<unknown> | null = null;
  const write = () => {
    if (pending.length === 0) return writing;
    const lines = pending.join('');
    pending = [];
    ready ??= mkdir(dataDir, { recursive: true });
    writing = writing
      .then(() => ready)
      .then(() => appendFile(file, lines))
      .catch((error: unknown) => {
        logger.warn({ err: error, file }, 'could not record when postings were first read');
      });
    return writing;
  };
  return {
    firstRead(hash, now) {
      const known = instants.get(hash);
      if (known !== undefined) return new Date(known);
      instants.set(hash, now.getTime());
      pending.push(`${hash}\t${now.getTime()}\n`);
      // Batched: a cold start of 10,000 files appends in a few writes, not 10,000.
      if (pending.length === 1) setImmediate(() => void write());
      return now;
    },
    flush: () => write(),
    get size() {
      return instants.size;
    },
  };
}
