import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './json-file.ts';

/**
 * Files of text lines too big for one JavaScript string (about 512 MB), such as a catalog snapshot of 100,000
 * postings: written line by line, read as bytes and decoded one line at a time.
 */

/** Writes the lines, each followed by a newline, atomically (see `writeFileAtomic`). */
export async function writeLinesFileAtomic(path: string, lines: Iterable<string>): Promise<void> {
  await writeFileAtomic(path, withNewlines(lines));
}

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** The file's lines (without their newline), decoded one at a time; a last line without a newline counts too. */
export async function readFileLines(path: string): Promise<Iterable<string>> {
  return bufferLines(await readFile(path));
}

export function* bufferLines(buffer: Buffer): Generator<string> {
  let start = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(10, start);
    const stop = end === -1 ? buffer.length : end;
    yield buffer.toString('utf8', start, stop);
    start = stop + 1;
  }
}
