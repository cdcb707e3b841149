import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { writeLinesFileAtomic } from './line-file.ts';

/**
 * The Slack `event_id`s the bot has answered, one `<ms> <id>` line each, so a retry that arrives after a
 * restart is still answered once. The file is read and compacted (expired lines dropped) once at start;
 * after that each new id is one appended line, which costs a write but no read.
 */
export const SEEN_EVENTS_FILE_NAME = 'seen-events.log';

export interface SeenEventsFile {
  /** Live entries, oldest first, as `[id, seenAtMs]`. */
  entries: [string, number][];
  record(id: string, atMs: number): void;
  /** Resolves when every recorded id is on disk. */
  flush(): Promise<void>;
}

export async function openSeenEventsFile(options: {
  dataDir: string;
  ttlMs: number;
  nowMs: number;
  logger: Logger;
}): Promise<SeenEventsFile> {
  const file = path.join(options.dataDir, SEEN_EVENTS_FILE_NAME);
  await mkdir(options.dataDir, { recursive: true });
  const entries: [string, number][] = [];
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      options.logger.warn({ err: error, file }, 'could not read the seen-events file; starting without it');
    }
  }
  for (const line of text.split('\n')) {
    const match = /^(\d+) (\S+)$/.exec(line);
    if (!match) continue;
    const at = Number(match[1]);
    if (options.nowMs - at < options.ttlMs) entries.push([match[2] as string, at]);
  }
  entries.sort((a, b) => a[1] - b[1]);
  await writeLinesFileAtomic(
    file,
    entries.map(([id, at]) => `${at} ${id}`),
  );

  let pending: Promise<void> = Promise.resolve();
  return {
    entries,
    record(id, atMs) {
      // Ids are Slack's (`Ev0123ABC`); anything with a space or newline would break the line format.
      if (!/^\S+$/.test(id)) return;
      pending = pending
        .then(() => appendFile(file, `${atMs} ${id}\n`))
        .catch((error: unknown) => {
          options.logger.warn({ err: error, file }, 'could not record a seen event id');
        });
    },
    flush: () => pending,
  };
}
