import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Posting } from '../model/posting.ts';
import {
  type Catalog,
  CatalogSnapshotError,
  catalogFromSnapshotLinesAsync,
  catalogSnapshotLines,
  constraintSnapshotLines,
  constraintsFromSnapshotLines,
} from '../search/catalog.ts';
import { fromSnapshotPosting, toSnapshotPosting } from '../search/snapshot-posting.ts';
import { comparePaths, type FileRecord } from './file-catalog.ts';
import { writeFileAtomic } from './json-file.ts';
import { bufferLines } from './line-file.ts';

/**
 * The live catalog's snapshot in DATA_DIR: what every posting file gave (path, size, time, content hash, and
 * its postings or the reason it gave none), then the catalog built from them. A restart reads it instead of
 * parsing anything, and afterwards re-reads only the files that changed meanwhile.
 *
 * Lines of JSON: a header, one line per file, the catalog's constraint lists, the catalog's own lines
 * (catalogSnapshotLines), and last a checksum of every line before it. A file's postings are written as
 * positions in the catalog when the catalog holds them as they are (no duplicate merged into them), else in
 * full, so most postings are written once. The checksum is what lets a start skip checking each posting
 * against the schema and recomputing the constraint lists: together, most of a restore's time.
 */

export const LIVE_SNAPSHOT_VERSION = 2;
/**
 * Index lines of this many entries are tens of KB: writing or reading one is a slice of work of a millisecond
 * or two, and each line is short-lived young garbage rather than a large object only a full collection frees.
 */
const INDEX_ENTRIES_PER_LINE = 5_000;

const Header = z.object({
  format: z.literal('roles-live-catalog'),
  version: z.number().int(),
  /** Fingerprint of the code that parsed and indexed: other code means other postings. */
  code: z.string(),
  files: z.number().int().nonnegative(),
  constraints: z.number().int().nonnegative(),
});
const Checksum = z.object({ checksum: z.string() });

const FileLine = z.object({
  path: z.string(),
  size: z.number().nonnegative(),
  modifiedMs: z.number(),
  hash: z.string(),
  reason: z.string().optional(),
  at: z.array(z.number().int().nonnegative()).optional(),
  raw: z.array(z.unknown()).optional(),
});
type FileLine = z.infer<typeof FileLine>;

export function* liveSnapshotLines(
  catalog: Catalog,
  records: Iterable<FileRecord>,
  code: string,
): Generator<string> {
  const sorted = [...records].sort((a, b) => comparePaths(a.path, b.path));
  const positions = new Map<Posting, number>();
  catalog.postings.forEach((posting, position) => {
    positions.set(posting, position);
  });
  const constraintLines = [...constraintSnapshotLines(catalog)];
  const hash = createHash('sha256');
  const line = (text: string) => {
    hash.update(text);
    hash.update('\n');
    return text;
  };
  yield line(
    JSON.stringify({
      format: 'roles-live-catalog',
      version: LIVE_SNAPSHOT_VERSION,
      code,
      files: sorted.length,
      constraints: constraintLines.length,
    }),
  );
  for (const record of sorted) {
    const entry: FileLine = {
      path: record.path,
      size: record.size,
      modifiedMs: record.modifiedMs,
      hash: record.hash,
    };
    if (!record.outcome.ok) entry.reason = record.outcome.reason;
    else {
      const at: number[] = [];
      const raw: unknown[] = [];
      for (const posting of record.outcome.postings) {
        const position = positions.get(posting);
        if (position === undefined) raw.push(toSnapshotPosting(posting));
        else at.push(position);
      }
      entry.at = at;
      if (raw.length > 0) entry.raw = raw;
    }
    yield line(JSON.stringify(entry));
  }
  for (const text of constraintLines) yield line(text);
  for (const text of catalogSnapshotLines(catalog, { indexEntriesPerLine: INDEX_ENTRIES_PER_LINE })) {
    yield line(text);
  }
  yield JSON.stringify({ checksum: hash.digest('base64url') });
}

/** Writes the snapshot atomically (a crash leaves the old one or the new one), a few MB at a time. */
export async function writeLiveSnapshot(
  path: string,
  catalog: Catalog,
  records: Iterable<FileRecord>,
  code: string,
): Promise<void> {
  await writeFileAtomic(path, withNewlines(liveSnapshotLines(catalog, records, code)));
}

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

export type LiveSnapshotRead =
  | { status: 'missing' }
  | { status: 'stale' | 'invalid'; reason: string }
  | { status: 'ok'; catalog: Catalog; records: FileRecord[] };

/**
 * Reads a snapshot written by `writeLiveSnapshot`, giving the event loop a turn every few milliseconds. Anything
 * wrong with it is `invalid` with a reason (it is then rebuilt), never trusted.
 */
export async function readLiveSnapshot(
  path: string,
  code: string,
  progress?: (restored: number, total: number) => void,
): Promise<LiveSnapshotRead> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', reason: `cannot be read (${(error as Error).message})` };
  }
  // The last line is the checksum of every byte before it, hashed in one pass (a third of the time of hashing
  // line by line as they are decoded).
  const checksumAt = buffer.lastIndexOf('\n{"checksum":') + 1;
  const body = checksumAt === 0 ? buffer : buffer.subarray(0, checksumAt);
  const lines = bufferLines(body);
  try {
    const checksum =
      checksumAt === 0 ? null : Checksum.parse(JSON.parse(buffer.toString('utf8', checksumAt))).checksum;
    if (checksum === null || checksum !== createHash('sha256').update(body).digest('base64url')) {
      return { status: 'invalid', reason: 'its checksum does not match: the file is damaged' };
    }
    const first = lines.next();
    const header = Header.safeParse(first.done === true ? null : JSON.parse(first.value));
    if (!header.success) return { status: 'invalid', reason: 'not a live catalog snapshot' };
    if (header.data.version !== LIVE_SNAPSHOT_VERSION) {
      return { status: 'stale', reason: `it has format version ${header.data.version}` };
    }
    if (header.data.code !== code) return { status: 'stale', reason: 'the parsing or search code changed' };
    const fileLines: FileLine[] = [];
    for (let n = 0; n < header.data.files; n++) {
      const next = lines.next();
      const line = FileLine.safeParse(next.done === true ? null : JSON.parse(next.value));
      if (!line.success) return { status: 'invalid', reason: `file line ${n} is damaged` };
      fileLines.push(line.data);
      if (n % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const constraints = constraintsFromSnapshotLines(lines, header.data.constraints);
    const catalog = await catalogFromSnapshotLinesAsync(
      { [Symbol.iterator]: () => lines },
      { progress, validate: false, constraints },
    );
    const records: FileRecord[] = [];
    for (const line of fileLines) records.push(toRecord(line, catalog));
    return { status: 'ok', catalog, records };
  } catch (error) {
    const reason =
      error instanceof CatalogSnapshotError || error instanceof SyntaxError || error instanceof z.ZodError
        ? error.message
        : String(error);
    return { status: 'invalid', reason };
  }
}

function toRecord(line: FileLine, catalog: Catalog): FileRecord {
  const base = { path: line.path, size: line.size, modifiedMs: line.modifiedMs, hash: line.hash };
  if (line.reason !== undefined) return { ...base, outcome: { ok: false, reason: line.reason } };
  const postings: Posting[] = [];
  for (const position of line.at ?? []) {
    const posting = catalog.postings[position];
    if (posting === undefined) throw new CatalogSnapshotError(`${line.path} points past the postings`);
    postings.push(posting);
  }
  for (const raw of line.raw ?? []) {
    const posting = Posting.safeParse(fromSnapshotPosting(raw));
    if (!posting.success) throw new CatalogSnapshotError(`a posting of ${line.path} is invalid`);
    postings.push(posting.data);
  }
  return { ...base, outcome: { ok: true, postings } };
}
