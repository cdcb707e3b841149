import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { BOARD_SYSTEMS, type BoardRef } from '../boards/board-ref.ts';
import { Posting } from '../model/posting.ts';
import { readJsonFile, writeJsonFileAtomic } from './json-file.ts';

/**
 * The followed job boards, one file each in `DATA_DIR/boards/<system>-<board>.json`: who follows it, how its
 * last sync went, and every posting it has given (open ones and closed ones, which stay for history). One file
 * per board, so a sync rewrites only its own board, and a torn or hand-broken file loses only that board.
 */

export const BOARDS_FOLDER = 'boards';

export const BoardFile = z.object({
  system: z.enum(BOARD_SYSTEMS),
  board: z.string().min(1),
  /** The company's name: Greenhouse's own, else the board name written as words. */
  name: z.string().min(1),
  /** False once unfollowed: the file stays, with its postings closed, for history. */
  following: z.boolean(),
  followedAt: z.string(),
  /** A Slack user id, or `config` (FOLLOW_BOARDS) or `cli`. */
  followedBy: z.string(),
  lastSync: z
    .object({
      at: z.string(),
      ok: z.boolean(),
      /** Why the last sync failed; the postings are those of the last good one. */
      error: z.string().nullable(),
    })
    .nullable(),
  lastGoodSyncAt: z.string().nullable(),
  postings: z.array(Posting),
  /**
   * Posting id → fingerprint of the job as its API last stated it: a job unchanged since is not read again.
   * Absent in files from before it existed; then every job is read once more.
   */
  jobHashes: z.record(z.string(), z.string()).optional(),
});
export type BoardFile = z.infer<typeof BoardFile>;

export interface BoardStore {
  readonly folder: string;
  list(): Promise<BoardFile[]>;
  read(ref: BoardRef): Promise<BoardFile | null>;
  write(file: BoardFile): Promise<void>;
}

export function boardFileName(ref: BoardRef): string {
  return `${ref.system}-${ref.board}.json`;
}

export function openBoardStore(dataDir: string, logger: Logger): BoardStore {
  const folder = path.join(dataDir, BOARDS_FOLDER);
  // Writes of one board run in order, so a sync and an unfollow never interleave their read and write.
  const tails = new Map<string, Promise<unknown>>();
  const read = async (file: string): Promise<BoardFile | null> => {
    const result = await readJsonFile(path.join(folder, file), BoardFile);
    if (result.status === 'ok') return result.value;
    if (result.status === 'invalid') {
      logger.warn({ file: path.join(folder, file), reason: result.reason }, 'followed board file skipped');
    }
    return null;
  };
  return {
    folder,
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const files = await Promise.all(
        names
          .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
          .sort()
          .map(read),
      );
      return files.filter((f): f is BoardFile => f !== null);
    },
    read: (ref) => read(boardFileName(ref)),
    write(file) {
      const name = boardFileName(file);
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        await mkdir(folder, { recursive: true });
        await writeJsonFileAtomic(path.join(folder, name), file);
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}
