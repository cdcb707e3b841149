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
const WRITE_CHUNK_BYTES = 1024 * 1024;
/**
 * Making the pieces is work on the caller's thread (a snapshot's lines are serialised as they are asked for):
 * a write, which gives the event loop its turn, follows at most this long after the last one.
 */
const WRITE_SLICE_MS = 8;

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
      // Pieces are copied into one reused buffer as they come, so each dies young (a scavenge frees it) instead
      // of being kept alive by a pending write until only a full collection can.
      const buffer = Buffer.allocUnsafe(WRITE_CHUNK_BYTES);
      let filled = 0;
      let sliceStart = performance.now();
      const flush = async () => {
        if (filled > 0) await handle.write(buffer, 0, filled);
        filled = 0;
        sliceStart = performance.now();
      };
      for (const piece of pieces) {
        // A UTF-8 character is at most 3 bytes per UTF-16 unit.
        if (filled + piece.length * 3 > buffer.length) await flush();
        if (piece.length * 3 > buffer.length) await handle.write(piece);
        else filled += buffer.write(piece, filled);
        if (performance.now() - sliceStart >= WRITE_SLICE_MS) await flush();
      }
      await flush();
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
