import type { Posting } from '../model/posting.ts';
import { mergeDuplicates } from '../parse/merge-duplicates.ts';
import { normaliseForId } from '../parse/posting-id.ts';
import { buildCatalog, type Catalog } from '../search/catalog.ts';
import { editCatalog } from '../search/catalog-update.ts';
import type { FileOutcome, LoadFailure } from './posting-files.ts';

/**
 * The catalog as the sum of its files: what each posting file gave (its postings or the reason it gave none),
 * and the catalog built from them, changed file by file. A changed file changes only the catalog documents of
 * its own postings and of the duplicates they merge with; nothing else is re-parsed or re-indexed.
 * No file system in here: the live catalog reads the files and hands their records over.
 */

/** One posting file as last read: enough to tell, on the next look, whether it must be read again. */
export interface FileRecord {
  /** Relative to the postings folder, as in `source.path`. */
  path: string;
  size: number;
  modifiedMs: number;
  /** Of the file's bytes; empty when they were never read (a file over the size limit). */
  hash: string;
  outcome: FileOutcome;
}

/**
 * Duplicates are merged only between postings with the same company and title (see mergeDuplicates), so the
 * postings of one such key can be merged again on their own when one of their files changes.
 */
export function duplicateKey(posting: Posting): string {
  return `${normaliseForId(posting.company ?? '')}|${normaliseForId(posting.title)}`;
}

/** One order for files everywhere (build, snapshot, edits), so merging picks the same way each time. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The catalog a cold start builds from file records: every file's postings, duplicates merged. */
export function buildFromRecords(records: Iterable<FileRecord>): Catalog {
  const sorted = [...records].sort((a, b) => comparePaths(a.path, b.path));
  return buildCatalog(mergeDuplicates(sorted.flatMap((r) => (r.outcome.ok ? r.outcome.postings : []))));
}

export class FileCatalog {
  #catalog: Catalog;
  readonly #records = new Map<string, FileRecord>();
  /** Duplicate key -> file path -> that file's postings with the key. */
  readonly #byKey = new Map<string, Map<string, Posting[]>>();
  /** Duplicate key -> the merged postings the catalog holds for it. */
  readonly #merged = new Map<string, Posting[]>();
  #parsed = 0;

  /**
   * From a catalog and the records it was built from (a snapshot, or a cold build). A posting that stands alone
   * must be the very object the catalog holds, so later edits can find it.
   */
  constructor(catalog: Catalog, records: Iterable<FileRecord>) {
    this.#catalog = catalog;
    for (const record of records) {
      this.#records.set(record.path, record);
      this.#file(record, 'add');
    }
    for (const posting of catalog.postings) {
      const key = duplicateKey(posting);
      const list = this.#merged.get(key);
      if (list === undefined) this.#merged.set(key, [posting]);
      else list.push(posting);
    }
  }

  get catalog(): Catalog {
    return this.#catalog;
  }

  /** Files whose postings were (re)parsed since this catalog was made, for logs and tests. */
  get parsedFiles(): number {
    return this.#parsed;
  }

  get fileCount(): number {
    return this.#records.size;
  }

  record(path: string): FileRecord | undefined {
    return this.#records.get(path);
  }

  records(): IterableIterator<FileRecord> {
    return this.#records.values();
  }

  failures(): LoadFailure[] {
    const failures: LoadFailure[] = [];
    for (const record of this.#records.values()) {
      if (!record.outcome.ok) failures.push({ path: record.path, reason: record.outcome.reason });
    }
    return failures;
  }

  #file(record: FileRecord, change: 'add' | 'remove'): Set<string> {
    const keys = new Set<string>();
    if (!record.outcome.ok) return keys;
    for (const posting of record.outcome.postings) {
      const key = duplicateKey(posting);
      keys.add(key);
      let files = this.#byKey.get(key);
      if (files === undefined) {
        files = new Map();
        this.#byKey.set(key, files);
      }
      if (change === 'remove') {
        files.delete(record.path);
        if (files.size === 0) this.#byKey.delete(key);
      } else {
        const list = files.get(record.path);
        if (list === undefined) files.set(record.path, [posting]);
        else list.push(posting);
      }
    }
    return keys;
  }

  /**
   * Applies new records (null: the file is gone). `parsed` says how many of them were parsed anew (a file whose
   * bytes did not change keeps its postings). Returns whether the catalog changed.
   */
  apply(changes: ReadonlyMap<string, FileRecord | null>, parsed = 0): boolean {
    this.#parsed += parsed;
    const affected = new Set<string>();
    for (const [path, next] of changes) {
      const previous = this.#records.get(path);
      if (previous === next) continue;
      if (previous !== undefined) for (const key of this.#file(previous, 'remove')) affected.add(key);
      if (next === null) this.#records.delete(path);
      else {
        this.#records.set(path, next);
        for (const key of this.#file(next, 'add')) affected.add(key);
      }
    }
    const remove: Posting[] = [];
    const add: Posting[] = [];
    for (const key of affected) {
      const before = this.#merged.get(key) ?? [];
      const files = this.#byKey.get(key);
      const postings =
        files === undefined
          ? []
          : [...files].sort(([a], [b]) => comparePaths(a, b)).flatMap(([, list]) => list);
      const after = postings.length === 0 ? [] : mergeDuplicates(postings);
      const kept = new Set(after);
      const had = new Set(before);
      for (const posting of before) if (!kept.has(posting)) remove.push(posting);
      for (const posting of after) if (!had.has(posting)) add.push(posting);
      if (after.length === 0) this.#merged.delete(key);
      else this.#merged.set(key, after);
    }
    if (remove.length === 0 && add.length === 0) return false;
    this.#catalog = editCatalog(this.#catalog, { remove, add });
    return true;
  }
}
