import { link, mkdir, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeTemporaryFile } from './json-file.ts';

/**
 * Writes and removes the posting files the bot saves from Slack. The postings folder stays the one source of
 * truth: a saved posting is just another file in it, which the live catalog picks up like any other.
 */

export class SavedPostingPathError extends Error {
  constructor(relativePath: string) {
    super(`roles: refusing a posting path outside the postings folder: ${relativePath}`);
    this.name = 'SavedPostingPathError';
  }
}

/** The absolute path for a path relative to the postings folder, refusing anything that escapes it. */
function insideFolder(postingsDir: string, relativePath: string): string {
  const root = path.resolve(postingsDir);
  const target = path.resolve(root, relativePath);
  if (target === root || !target.startsWith(`${root}${path.sep}`))
    throw new SavedPostingPathError(relativePath);
  return target;
}

/**
 * Creates a new posting file, never replacing one: the content goes to a hidden temporary file first (the
 * folder scan skips dot files, so a half-written posting is never read), is flushed, then hard-linked to its
 * name, which fails if the name is taken. Returns false when a file of that name already exists.
 */
export async function writeNewPostingFile(input: {
  postingsDir: string;
  relativePath: string;
  content: string;
}): Promise<boolean> {
  const target = insideFolder(input.postingsDir, input.relativePath);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = await writeTemporaryFile(target, [input.content]);
  try {
    await link(temporary, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Removes a posting file; false when it was already gone. */
export async function removePostingFile(input: {
  postingsDir: string;
  relativePath: string;
}): Promise<boolean> {
  const target = insideFolder(input.postingsDir, input.relativePath);
  try {
    await unlink(target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
