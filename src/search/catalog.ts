import MiniSearch from 'minisearch';
import { z } from 'zod';
import { Posting } from '../model/posting.ts';
import { addSerialisedTerms, compactIndex, serialiseIndex } from './compact-index.ts';
import { buildConstraintIndex, type ConstraintIndex, constraintKeys } from './constraint-index.ts';
import { documentOrderMatches } from './exact-scores.ts';
import { INDEX_OPTIONS, type IndexDocument } from './index-options.ts';
import { locationIndexText, placeKey } from './location-keys.ts';
import { roleText } from './role-text.ts';
import { fromSnapshotPosting, SnapshotPostingError, toSnapshotPosting } from './snapshot-posting.ts';

/*
 * Note for search code (issue 11): the `Catalog` shape is unchanged, but a live catalog is now edited, not only
 * built: `editCatalog` (catalog-update.ts) gives a new Catalog object per edit, with its own postings array,
 * byId, constraint maps and a new MiniSearch object (own document tables) that shares the word tree with the
 * previous catalog. Changed posting lists are replaced by new `PostingList`s, never mutated. So: take
 * `getCatalog()` afresh per answer, key caches by the catalog or the index object (as exact-scores does), and
 * keep `postings[n]` = document number n (0..N-1, no gaps), which edits preserve.
 */

/** Bump when the snapshot layout or the index options change: an old snapshot is then rebuilt, not misread. */
export const SNAPSHOT_FORMAT_VERSION = 3;

export interface Catalog {
  /** In MiniSearch's internal document order, so a posting's position doubles as its number in the index. */
  readonly postings: readonly Posting[];
  readonly byId: ReadonlyMap<string, Posting>;
  readonly index: MiniSearch<IndexDocument>;
  /** Structured values (places, levels, companies, label words) -> positions in `postings`. */
  readonly constraints: ConstraintIndex;
  /** Company names as written in postings, one per distinct company, sorted. */
  readonly companies: readonly string[];
  /** Company names by their lower-case key ("globex" -> "Globex"), for recognising a company in a query. */
  readonly companyKeys: ReadonlyMap<string, string>;
  /** Every place key any posting's locations carry (cities, regions, countries, wider areas), lower case. */
  readonly placeKeys: ReadonlySet<string>;
}

export function toIndexDocument(posting: Posting): IndexDocument {
  return {
    id: posting.id,
    title: posting.title,
    team: posting.team ?? '',
    company: posting.company ?? '',
    skills: posting.skills.join(' '),
    locations: locationIndexText(posting.locations),
    facets: [posting.workplace, posting.seniority, posting.employmentType]
      .filter((v) => v !== null)
      .join(' '),
    text: roleText(posting),
  };
}

function assemble(postings: readonly Posting[], index: MiniSearch<IndexDocument>): Catalog {
  const byId = new Map<string, Posting>();
  for (const posting of postings) byId.set(posting.id, posting);
  return assembleCatalog(postings, byId, index, buildConstraintIndex(postings));
}

/** A catalog from parts already made (the live catalog's updates make them piece by piece). */
export function assembleCatalog(
  postings: readonly Posting[],
  byId: ReadonlyMap<string, Posting>,
  index: MiniSearch<IndexDocument>,
  constraints: ConstraintIndex,
): Catalog {
  const sortedCompanies = [...constraints.company.keys()].sort((a, b) => a.localeCompare(b));
  const companyKeys = new Map(sortedCompanies.map((company) => [placeKey(company), company]));
  const placeKeys = new Set(constraints.placeWithin.keys());
  return { postings, byId, index, constraints, companies: sortedCompanies, companyKeys, placeKeys };
}

/** Indexes the postings. Later postings with an id already seen are ignored (ids are unique after merging). */
export function buildCatalog(postings: readonly Posting[]): Catalog {
  const seen = new Set<string>();
  const unique = postings.filter((posting) => !seen.has(posting.id) && seen.add(posting.id));
  const index = new MiniSearch<IndexDocument>(INDEX_OPTIONS);
  // One at a time, so each index document (a copy of the role text) can be collected straight away.
  for (const posting of unique) index.add(toIndexDocument(posting));
  compactIndex(index);
  return assemble(unique, index);
}

export class CatalogSnapshotError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Catalog snapshot: ${message}`, options);
    this.name = 'CatalogSnapshotError';
  }
}

const SnapshotHeader = z.object({
  format: z.literal('roles-catalog'),
  version: z.number().int(),
  postings: z.number().int().nonnegative(),
  indexLines: z.number().int().nonnegative(),
});
type SnapshotHeader = z.infer<typeof SnapshotHeader>;

/**
 * The catalog as lines of JSON (no line holds a newline): a header, one line per posting, the index's own
 * figures, then its terms a chunk per line. Lines rather than one document because one JavaScript string holds
 * at most about 512 MB, which 100,000 postings exceed; a writer can stream the lines to a file.
 */
export function* catalogSnapshotLines(
  catalog: Catalog,
  options: { indexEntriesPerLine?: number } = {},
): Generator<string> {
  const index = serialiseIndex(catalog.index, options.indexEntriesPerLine);
  const header: SnapshotHeader = {
    format: 'roles-catalog',
    version: SNAPSHOT_FORMAT_VERSION,
    postings: catalog.postings.length,
    indexLines: index.parts,
  };
  yield JSON.stringify(header);
  for (const posting of catalog.postings) yield JSON.stringify(toSnapshotPosting(posting));
  yield JSON.stringify(index.figures);
  for (const part of index.words()) yield JSON.stringify(part);
}

/**
 * The catalog as one string, for catalogs small enough to fit one (tests, tools). Throws CatalogSnapshotError
 * when it does not: write `catalogSnapshotLines` to a file instead.
 */
export function catalogToSnapshot(catalog: Catalog): string {
  try {
    return [...catalogSnapshotLines(catalog)].join('\n');
  } catch (cause) {
    throw new CatalogSnapshotError(
      `${catalog.postings.length} postings are too many for one snapshot string`,
      {
        cause,
      },
    );
  }
}

/** Restores a catalog saved by `catalogToSnapshot`. Throws CatalogSnapshotError on anything invalid. */
export function catalogFromSnapshot(text: string): Catalog {
  return catalogFromSnapshotLines(text.split('\n'));
}

function parseLine(line: string | undefined, what: string): unknown {
  if (line === undefined) throw new CatalogSnapshotError(`it ends before ${what}`);
  try {
    return JSON.parse(line);
  } catch (cause) {
    throw new CatalogSnapshotError(`not valid JSON (${what})`, { cause });
  }
}

/**
 * Restores a catalog from the lines `catalogSnapshotLines` wrote (read lazily, so a caller can decode them one
 * at a time from a file). Throws CatalogSnapshotError on anything invalid: a snapshot is never trusted blindly.
 */
export function catalogFromSnapshotLines(lines: Iterable<string>): Catalog {
  const steps = restoreSteps(lines);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * As catalogFromSnapshotLines, giving the event loop a turn every `sliceMs` of work, so a bot restoring 100,000
 * postings keeps answering health checks meanwhile. `progress` hears how many postings are restored.
 */
export async function catalogFromSnapshotLinesAsync(
  lines: Iterable<string>,
  options: RestoreOptions & { sliceMs?: number } = {},
): Promise<Catalog> {
  const sliceMs = options.sliceMs ?? 10;
  const steps = restoreSteps(lines, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** Positions per key, filled in posting order (so each list is sorted), as buildConstraintIndex files them. */
class ConstraintLists {
  readonly #lists = new Map<keyof ConstraintIndex, Map<unknown, number[]>>();

  add(posting: Posting, position: number): void {
    const keys = constraintKeys(posting);
    for (const name of Object.keys(keys) as (keyof ConstraintIndex)[]) {
      let lists = this.#lists.get(name);
      if (lists === undefined) {
        lists = new Map();
        this.#lists.set(name, lists);
      }
      for (const key of keys[name]) {
        const list = lists.get(key);
        if (list === undefined) lists.set(key, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  }

  freeze(): ConstraintIndex {
    const empty = buildConstraintIndex([]);
    const result: Record<string, unknown> = { ...empty };
    for (const [name, lists] of this.#lists) {
      result[name] = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
    }
    return result as unknown as ConstraintIndex;
  }
}

export interface RestoreOptions {
  progress?: (restored: number, total: number) => void;
  /**
   * False skips checking each posting against the schema, for a caller that has verified the lines already
   * (the live catalog's snapshot carries a checksum): a third of the restore's time.
   */
  validate?: boolean;
  /** The constraint lists saved beside the lines (see constraintSnapshotLines), instead of working them out. */
  constraints?: ConstraintIndex;
}

/** The constraint lists as lines of JSON: [list name, key, positions], one line per key. */
export function* constraintSnapshotLines(catalog: Catalog): Generator<string> {
  for (const [name, map] of Object.entries(catalog.constraints)) {
    for (const [key, positions] of map as ReadonlyMap<unknown, Int32Array>) {
      yield JSON.stringify([name, key, Array.from(positions)]);
    }
  }
}

/** Reads `count` lines written by constraintSnapshotLines. Throws CatalogSnapshotError on anything invalid. */
export function constraintsFromSnapshotLines(lines: Iterator<string>, count: number): ConstraintIndex {
  const result: Record<string, Map<unknown, Int32Array>> = {};
  for (const name of Object.keys(buildConstraintIndex([]))) result[name] = new Map();
  for (let n = 0; n < count; n++) {
    const step = lines.next();
    const entry = parseLine(step.done === true ? undefined : step.value, `constraint ${n}`);
    if (!Array.isArray(entry) || entry.length !== 3 || !Array.isArray(entry[2])) {
      throw new CatalogSnapshotError(`constraint ${n} is damaged`);
    }
    const map = result[entry[0] as string];
    if (map === undefined) throw new CatalogSnapshotError(`constraint ${n} names no known list`);
    map.set(entry[1], Int32Array.from(entry[2] as number[]));
  }
  return result as unknown as ConstraintIndex;
}

/** The restore, one posting or index part a step, so it can be run straight through or in slices. */
function* restoreSteps(lines: Iterable<string>, options: RestoreOptions = {}): Generator<void, Catalog> {
  const { progress } = options;
  const validate = options.validate !== false;
  const reader = lines[Symbol.iterator]();
  const next = (): string | undefined => {
    const step = reader.next();
    return step.done === true ? undefined : step.value;
  };
  const header = SnapshotHeader.safeParse(parseLine(next(), 'its header'));
  if (!header.success) throw new CatalogSnapshotError('not a catalog snapshot', { cause: header.error });
  if (header.data.version !== SNAPSHOT_FORMAT_VERSION) {
    throw new CatalogSnapshotError(
      `format version ${header.data.version} is not the supported version ${SNAPSHOT_FORMAT_VERSION}`,
    );
  }
  const postings: Posting[] = [];
  const byId = new Map<string, Posting>();
  const constraints = new ConstraintLists();
  const total = header.data.postings;
  for (let position = 0; position < total; position++) {
    let raw: unknown;
    try {
      raw = fromSnapshotPosting(parseLine(next(), `posting ${position}`));
    } catch (cause) {
      if (!(cause instanceof SnapshotPostingError)) throw cause;
      throw new CatalogSnapshotError(`posting ${position} is invalid: ${cause.message}`, { cause });
    }
    let valid: Posting;
    if (validate) {
      const posting = Posting.safeParse(raw);
      if (!posting.success) {
        throw new CatalogSnapshotError(
          `posting ${position} is invalid: ${posting.error.issues[0]?.message ?? ''}`,
          { cause: posting.error },
        );
      }
      valid = posting.data;
    } else valid = raw as Posting;
    postings.push(valid);
    byId.set(valid.id, valid);
    if (options.constraints === undefined) constraints.add(valid, position);
    if (position % 256 === 0) progress?.(position, total);
    yield;
  }
  const figures = parseLine(next(), 'the index');
  if (typeof figures !== 'object' || figures === null || Array.isArray(figures)) {
    throw new CatalogSnapshotError('the search index is damaged');
  }
  let index: MiniSearch<IndexDocument>;
  try {
    // Words are added chunk by chunk as compact lists, so a load never holds the whole index twice.
    index = MiniSearch.loadJS<IndexDocument>({ ...figures, index: [] } as never, INDEX_OPTIONS);
    for (let line = 0; line < header.data.indexLines; line++) {
      const chunk = parseLine(next(), `index part ${line}`);
      if (!Array.isArray(chunk)) throw new CatalogSnapshotError('the search index is damaged');
      addSerialisedTerms(index, chunk);
      yield;
    }
  } catch (cause) {
    if (cause instanceof CatalogSnapshotError) throw cause;
    throw new CatalogSnapshotError('the search index is damaged', { cause });
  }
  const extra = next();
  // A file's final newline may come through as one empty line.
  if (extra !== undefined && (extra !== '' || next() !== undefined)) {
    throw new CatalogSnapshotError('it has lines after the index');
  }
  const ids = postings.map((posting) => posting.id);
  if (index.documentCount !== postings.length || !documentOrderMatches(index, ids)) {
    throw new CatalogSnapshotError('the search index does not match the postings');
  }
  progress?.(total, total);
  return assembleCatalog(postings, byId, index, options.constraints ?? constraints.freeze());
}
