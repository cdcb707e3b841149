import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';

export type JsonFileRead<T> =
  | { status: 'missing' }
  | { status: 'ok'; value: T }
  | { status: 'invalid'; reason: string };

/**
 * Reads a JSON file and validates it. A missing file is a normal answer, not an error; a file that
 * cannot be read, is not JSON or does not fit the schema is `invalid` with a reason a person can act on.
 */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<JsonFileRead<T>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', reason: `cannot be read: ${errorMessage(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { status: 'invalid', reason: `is not valid JSON: ${errorMessage(error)}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return {
      status: 'invalid',
      reason: `does not match the expected shape${where}: ${first?.message ?? 'unknown'}`,
    };
  }
  return { status: 'ok', value: parsed.data };
}

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never a torn mix
 * (see `writeFileAtomic`).
 */
export async function writeJsonFileAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, [`${JSON.stringify(value, null, 2)}\n`]);
}

/** Bytes gathered before each write: few system calls, little memory, and no single string too big for V8. */
const WRITE_CHUNK_CHARS = 4 * 1024 * 1024;

/**
 * Replaces a file with the given pieces of text, written in order. A crash at any moment leaves either the
 * old content or the new: the text goes to a flushed temporary file beside it (see `writeTemporaryFile`), which
 * is renamed over the target, then the folder is flushed so the rename itself survives a power cut.
 */
export async function writeFileAtomic(path: string, pieces: Iterable<string>): Promise<void> {
  const temporary = await writeTemporaryFile(path, pieces);
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Writes the pieces to a new hidden temporary file in `path`'s folder (rename and link only work within one
 * file system; folder scans skip dot files) and flushes it to disk. Returns its path: the caller moves it into
 * place and removes it if that fails. Pieces are streamed, so content larger than one JavaScript string (a big
 * snapshot) works too. On failure nothing is left behind.
 */
export async function writeTemporaryFile(path: string, pieces: Iterable<string>): Promise<string> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      let pending: string[] = [];
      let pendingLength = 0;
      for (const piece of pieces) {
        pending.push(piece);
        pendingLength += piece.length;
        if (pendingLength >= WRITE_CHUNK_CHARS) {
          await handle.write(pending.join(''));
          pending = [];
          pendingLength = 0;
        }
      }
      if (pending.length > 0) await handle.write(pending.join(''));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return temporary;
}

async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows, some network file systems) cannot open or fsync a folder; the rename has
    // still happened, only its durability across a power cut is weaker there.
    if (!(isErrnoException(error) && ['EISDIR', 'EPERM', 'EINVAL', 'EACCES'].includes(error.code ?? ''))) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
