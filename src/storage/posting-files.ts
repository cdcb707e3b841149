import { access, constants, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Posting } from '../model/posting.ts';
import { mergeDuplicates } from '../parse/merge-duplicates.ts';

/** The file types the parser reads; anything else in the folder is skipped, not an error. */
export const POSTING_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json'] as const;

/** A few MB holds any real job page; a bigger file is almost certainly not one, and parsing it would stall the bot. */
export const DEFAULT_MAX_POSTING_BYTES = 5 * 1024 * 1024;

/** Far more than any team saves; a folder past it is probably a wrong POSTINGS_DIR (a home folder, a disk). */
export const DEFAULT_MAX_POSTING_FILES = 200_000;

export interface LoadOptions {
  maxFileBytes?: number;
}

export interface ListOptions {
  /** Stop listing after this many posting files (MAX_POSTING_FILES); the cut is reported as a failure. */
  maxFiles?: number;
}

/** The postings folder is missing or unreadable: the bot cannot serve anything from it. */
export class PostingsDirError extends Error {
  readonly dir: string;
  constructor(dir: string, reason: string) {
    super(`postings folder ${dir}: ${reason}`);
    this.name = 'PostingsDirError';
    this.dir = dir;
  }
}

/** Throws PostingsDirError unless `dir` is a folder the bot can list and read. */
export async function checkPostingsDir(dir: string): Promise<void> {
  const absolute = path.resolve(dir);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch (error) {
    throw new PostingsDirError(absolute, describeFsError(error));
  }
  if (!info.isDirectory()) throw new PostingsDirError(absolute, 'is a file, expected a folder of postings');
  try {
    await access(absolute, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new PostingsDirError(absolute, describeFsError(error));
  }
}

export interface LoadFailure {
  path: string;
  reason: string;
}

export interface LoadResult {
  postings: Posting[];
  failures: LoadFailure[];
}

/** One file found on disk, with what the change detection needs. */
export interface PostingFileEntry {
  /** Absolute path, for reading. */
  absolutePath: string;
  /** Path shown to people and stored in `source.path`. */
  displayPath: string;
  size: number;
  modifiedMs: number;
}

export type FileOutcome = { ok: true; postings: Posting[] } | { ok: false; reason: string };

export function isPostingFileName(name: string): boolean {
  if (name.startsWith('.')) return false;
  return (POSTING_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/**
 * Lists the posting files under each path (a file or a folder, searched recursively).
 * A path that cannot be read becomes a failure; the others are still listed. Each real file and folder is
 * visited once, whatever symlinks point at it, so a loop (`loop -> .`) or a second link to a folder costs
 * nothing; listing stops at `maxFiles`.
 */
export async function listPostingFiles(
  paths: readonly string[],
  displayRelativeTo?: string,
  options: ListOptions = {},
): Promise<{ files: PostingFileEntry[]; failures: LoadFailure[] }> {
  const files: PostingFileEntry[] = [];
  const failures: LoadFailure[] = [];
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_POSTING_FILES;
  const seenReal = new Set<string>();
  let capped = false;
  const display = (absolute: string, given: string) =>
    displayRelativeTo ? path.relative(displayRelativeTo, absolute) : given;

  async function visit(absolute: string, given: string, explicit: boolean): Promise<void> {
    if (capped) return;
    let info: Awaited<ReturnType<typeof stat>>;
    let real: string;
    try {
      info = await stat(absolute);
      real = await realpath(absolute);
    } catch (error) {
      failures.push({ path: display(absolute, given), reason: describeFsError(error) });
      return;
    }
    if (seenReal.has(real)) return;
    seenReal.add(real);
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(absolute)).sort();
      } catch (error) {
        failures.push({ path: display(absolute, given), reason: describeFsError(error) });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        await visit(path.join(absolute, name), path.join(given, name), false);
      }
      return;
    }
    if (!info.isFile()) return;
    if (!isPostingFileName(path.basename(absolute))) {
      // Only a file named on the command line deserves a complaint; stray files in a folder are ignored.
      if (explicit) {
        failures.push({
          path: display(absolute, given),
          reason: `unsupported file type: save the page as ${POSTING_EXTENSIONS.join(', ')}`,
        });
      }
      return;
    }
    if (files.length >= maxFiles) {
      capped = true;
      failures.push({
        path: display(absolute, given),
        reason: `more than ${maxFiles} posting files: only the first ${maxFiles} are read; raise MAX_POSTING_FILES`,
      });
      return;
    }
    files.push({
      absolutePath: absolute,
      displayPath: display(absolute, given),
      size: info.size,
      modifiedMs: info.mtimeMs,
    });
  }

  for (const given of paths) {
    await visit(path.resolve(given), given, true);
  }
  return { files, failures };
}

/** Reads and parses one file; every problem becomes a one-line reason, never an exception. */
export async function readPostingFile(
  entry: PostingFileEntry,
  options: LoadOptions = {},
): Promise<FileOutcome> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_POSTING_BYTES;
  if (entry.size > maxBytes) {
    return {
      ok: false,
      reason: `file is ${formatBytes(entry.size)}, over the ${formatBytes(maxBytes)} limit: save only the job page, or raise MAX_POSTING_BYTES`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.absolutePath);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  const decoded = decodePostingBytes(bytes);
  if (!decoded.ok) return decoded;
  // Loaded here, not with this module: the bot lists files on its main thread and parses only in workers.
  const { parsePostingFile } = await import('../parse/parse-posting.ts');
  return parsePostingFile({
    path: entry.displayPath,
    content: decoded.text,
    modifiedAt: new Date(entry.modifiedMs),
  });
}

/** Files come from browsers and editors: reject what is plainly not text before the parser sees it. */
export function decodePostingBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty: save the job page text into it' };
  if (bytes.includes(0)) {
    return { ok: false, reason: 'file is binary, not text: save the job page as .txt, .md, .html or .json' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8 text: re-save it with UTF-8 encoding' };
  }
}

/**
 * Loads every posting under the given files or folders: parsed, validated and with duplicates merged.
 * One bad file never stops the others; it is reported in `failures`.
 */
export async function loadPostingPaths(
  paths: readonly string[],
  options: LoadOptions & { displayRelativeTo?: string } = {},
): Promise<LoadResult> {
  const { files, failures } = await listPostingFiles(paths, options.displayRelativeTo);
  const postings: Posting[] = [];
  for (const file of files) {
    const outcome = await readPostingFile(file, options);
    if (outcome.ok) postings.push(...outcome.postings);
    else failures.push({ path: file.displayPath, reason: outcome.reason });
  }
  if (files.length === 0 && failures.length === 0) {
    failures.push({
      path: paths.join(', ') || '.',
      reason: `no posting files found (${POSTING_EXTENSIONS.join(', ')}): add saved job pages there`,
    });
  }
  return { postings: mergeDuplicates(postings), failures };
}

/** The postings folder the bot serves: source paths are shown relative to it. */
export function loadPostingsDir(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadPostingPaths([dir], { ...options, displayRelativeTo: path.resolve(dir) });
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder: check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: make the file readable by the bot';
    case 'EISDIR':
      return 'is a folder, expected a file';
    default:
      return `cannot read it (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
