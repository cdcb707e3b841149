import type MiniSearch from 'minisearch';
import type { Posting } from '../model/posting.ts';
import { assembleCatalog, buildCatalog, type Catalog, toIndexDocument } from './catalog.ts';
import { PostingList } from './compact-index.ts';
import { type ConstraintIndex, constraintKeys, type Positions } from './constraint-index.ts';
import { type FrequencyList, type Internals, internalsOf } from './exact-scores.ts';
import { INDEX_FIELDS, type IndexDocument } from './index-options.ts';

/**
 * Changes a few postings of a catalog without rebuilding the rest: the work is proportional to the postings
 * changed, not to the catalog (a rebuild of 10,000 postings takes seconds; an edit of one takes milliseconds).
 *
 * The catalog's invariant is kept: `postings[n]` is MiniSearch's document number n, numbers are 0..N-1 with no
 * gaps. A changed posting takes the place its old version had; a removed one's place is filled by the last
 * posting, which moves. Only the posting lists of the words of those postings are replaced (they are compact
 * `PostingList`s, read-only, so each changed list is a new one).
 *
 * What is shared: the returned catalog has its own postings array, id maps, field lengths and constraint maps,
 * but MiniSearch's word tree is shared with the catalog it came from and changed in place (copying a tree of
 * 100,000 words per edit would cost what a rebuild costs). So a catalog is current until the next edit: take
 * `getCatalog()` afresh for each answer, which every listener already does; searches are synchronous, so no
 * search ever sees half an edit.
 */

export interface CatalogEdit {
  /** Postings to take out, as the catalog holds them (a posting not in the catalog is ignored). */
  remove: readonly Posting[];
  /** Postings to put in; one whose id is already in the catalog (and not removed) is skipped, as buildCatalog does. */
  add: readonly Posting[];
}

interface MutableInternals extends Internals {
  _index: Internals['_index'] & { delete(term: string): void };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _nextId: number;
  _options: {
    tokenize(text: string, field: string): string[];
    processTerm(term: string, field: string): string | string[] | null | undefined | false;
  };
}

function mutableInternals(index: MiniSearch<IndexDocument>): MutableInternals | null {
  const internals = internalsOf(index) as Partial<MutableInternals> | null;
  const ok =
    internals !== null &&
    typeof internals._index?.delete === 'function' &&
    internals._idToShortId instanceof Map &&
    typeof internals._nextId === 'number' &&
    typeof internals._options?.tokenize === 'function' &&
    typeof internals._options.processTerm === 'function';
  return ok ? (internals as MutableInternals) : null;
}

/** A new MiniSearch object over the same word tree, with its own document tables (see the file comment). */
function forkIndex(index: MiniSearch<IndexDocument>, from: MutableInternals): MiniSearch<IndexDocument> {
  const fork = Object.assign(Object.create(Object.getPrototypeOf(index)), index) as MutableInternals;
  fork._documentIds = new Map(from._documentIds);
  fork._idToShortId = new Map(from._idToShortId);
  fork._fieldLength = new Map(from._fieldLength);
  fork._avgFieldLength = [...from._avgFieldLength];
  return fork as unknown as MiniSearch<IndexDocument>;
}

/** A document's words per field, exactly as MiniSearch's `add` counts them. */
interface FieldTerms {
  fieldId: number;
  /** MiniSearch's field length: distinct tokens before processing. */
  length: number;
  counts: Map<string, number>;
}

function documentTerms(internals: MutableInternals, posting: Posting): FieldTerms[] {
  const document = toIndexDocument(posting);
  const { tokenize, processTerm } = internals._options;
  const fields: FieldTerms[] = [];
  for (const field of INDEX_FIELDS) {
    const fieldId = internals._fieldIds[field];
    if (fieldId === undefined) continue;
    const tokens = tokenize(String(document[field]), field);
    const counts = new Map<string, number>();
    const count = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const token of tokens) {
      const processed = processTerm(token, field);
      if (Array.isArray(processed)) for (const term of processed) count(term);
      else if (processed) count(processed);
    }
    fields.push({ fieldId, length: new Set(tokens).size, counts });
  }
  return fields;
}

// --- Sorted lists of document numbers -------------------------------------------------------------------------

function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function arraysOf(list: FrequencyList): { documents: Int32Array; counts: Uint16Array | Uint32Array } {
  if (list.documents !== undefined && list.counts !== undefined) {
    return { documents: list.documents, counts: list.counts };
  }
  return PostingList.from(list.entries(), list.size);
}

function countsLike(counts: Uint16Array | Uint32Array, size: number, largest: number) {
  return counts instanceof Uint32Array || largest > 0xffff ? new Uint32Array(size) : new Uint16Array(size);
}

/** The list without `document`; null when nothing is left. */
function withoutDocument(list: FrequencyList, document: number): FrequencyList | null {
  const { documents, counts } = arraysOf(list);
  const at = lowerBound(documents, document);
  if (documents[at] !== document) return list;
  if (documents.length === 1) return null;
  const nextDocuments = new Int32Array(documents.length - 1);
  nextDocuments.set(documents.subarray(0, at));
  nextDocuments.set(documents.subarray(at + 1), at);
  const nextCounts = countsLike(counts, documents.length - 1, 0);
  nextCounts.set(counts.subarray(0, at));
  nextCounts.set(counts.subarray(at + 1), at);
  return new PostingList(nextDocuments, nextCounts);
}

/** The list with `document` occurring `count` times. */
function withDocument(list: FrequencyList | undefined, document: number, count: number): FrequencyList {
  if (list === undefined) {
    const counts = count > 0xffff ? new Uint32Array([count]) : new Uint16Array([count]);
    return new PostingList(Int32Array.of(document), counts);
  }
  const { documents, counts } = arraysOf(list);
  const at = lowerBound(documents, document);
  if (documents[at] === document) {
    const nextCounts = countsLike(counts, counts.length, count);
    nextCounts.set(counts);
    nextCounts[at] = count;
    return new PostingList(documents, nextCounts);
  }
  const nextDocuments = new Int32Array(documents.length + 1);
  nextDocuments.set(documents.subarray(0, at));
  nextDocuments[at] = document;
  nextDocuments.set(documents.subarray(at), at + 1);
  const nextCounts = countsLike(counts, documents.length + 1, count);
  nextCounts.set(counts.subarray(0, at));
  nextCounts[at] = count;
  nextCounts.set(counts.subarray(at), at + 1);
  return new PostingList(nextDocuments, nextCounts);
}

function withoutPosition(positions: Positions, position: number): Positions | null {
  const at = lowerBound(positions, position);
  if (positions[at] !== position) return positions;
  if (positions.length === 1) return null;
  const next = new Int32Array(positions.length - 1);
  next.set(positions.subarray(0, at));
  next.set(positions.subarray(at + 1), at);
  return next;
}

function withPosition(positions: Positions | undefined, position: number): Positions {
  if (positions === undefined) return Int32Array.of(position);
  const at = lowerBound(positions, position);
  if (positions[at] === position) return positions;
  const next = new Int32Array(positions.length + 1);
  next.set(positions.subarray(0, at));
  next[at] = position;
  next.set(positions.subarray(at), at + 1);
  return next;
}

// --- The word tree ---------------------------------------------------------------------------------------------

function setList(internals: MutableInternals, term: string, fieldId: number, list: FrequencyList | null) {
  let data = internals._index.get(term);
  if (list === null) {
    if (data === undefined) return;
    data.delete(fieldId);
    if (data.size === 0) internals._index.delete(term);
    return;
  }
  if (data === undefined) {
    data = new Map();
    internals._index.set(term, data);
  }
  data.set(fieldId, list);
}

function removeTerms(internals: MutableInternals, fields: FieldTerms[], document: number): void {
  for (const { fieldId, counts } of fields) {
    for (const term of counts.keys()) {
      const list = internals._index.get(term)?.get(fieldId);
      if (list !== undefined) setList(internals, term, fieldId, withoutDocument(list, document));
    }
  }
}

function addTerms(internals: MutableInternals, fields: FieldTerms[], document: number): void {
  for (const { fieldId, counts } of fields) {
    for (const [term, count] of counts) {
      const list = internals._index.get(term)?.get(fieldId);
      setList(internals, term, fieldId, withDocument(list, document, count));
    }
  }
}

function moveTerms(internals: MutableInternals, fields: FieldTerms[], from: number, to: number): void {
  for (const { fieldId, counts } of fields) {
    for (const [term, count] of counts) {
      const list = internals._index.get(term)?.get(fieldId);
      const rest = list === undefined ? null : withoutDocument(list, from);
      setList(internals, term, fieldId, withDocument(rest ?? undefined, to, count));
    }
  }
}

// --- Constraint lists ------------------------------------------------------------------------------------------

type ConstraintName = keyof ConstraintIndex;

/** Copies a constraint map the first time an edit touches it; untouched maps stay shared. */
class ConstraintEditor {
  readonly #source: ConstraintIndex;
  readonly #copies = new Map<ConstraintName, Map<unknown, Positions>>();

  constructor(source: ConstraintIndex) {
    this.#source = source;
  }

  #map(name: ConstraintName): Map<unknown, Positions> {
    let copy = this.#copies.get(name);
    if (copy === undefined) {
      copy = new Map(this.#source[name] as ReadonlyMap<unknown, Positions>);
      this.#copies.set(name, copy);
    }
    return copy;
  }

  #each(posting: Posting, visit: (map: Map<unknown, Positions>, key: unknown) => void): void {
    const keys = constraintKeys(posting);
    for (const name of Object.keys(keys) as ConstraintName[]) {
      const list = keys[name];
      if (list.length === 0) continue;
      const map = this.#map(name);
      for (const key of new Set<unknown>(list)) visit(map, key);
    }
  }

  remove(posting: Posting, position: number): void {
    this.#each(posting, (map, key) => {
      const positions = map.get(key);
      if (positions === undefined) return;
      const rest = withoutPosition(positions, position);
      if (rest === null) map.delete(key);
      else map.set(key, rest);
    });
  }

  add(posting: Posting, position: number): void {
    this.#each(posting, (map, key) => map.set(key, withPosition(map.get(key), position)));
  }

  result(): ConstraintIndex {
    const result: Record<string, unknown> = { ...this.#source };
    for (const [name, map] of this.#copies) result[name] = map;
    return result as unknown as ConstraintIndex;
  }
}

// --- The edit --------------------------------------------------------------------------------------------------

/**
 * The catalog with `edit` applied (see the file comment for what is shared). When MiniSearch's internals are not
 * as expected (another version), falls back to a full rebuild: slow, but right.
 */
export function editCatalog(catalog: Catalog, edit: CatalogEdit): Catalog {
  const source = mutableInternals(catalog.index);
  if (source === null) return rebuild(catalog, edit);
  const index = forkIndex(catalog.index, source);
  const internals = mutableInternals(index) as MutableInternals;
  const postings = [...catalog.postings];
  const byId = new Map(catalog.byId);
  const constraints = new ConstraintEditor(catalog.constraints);
  const average = internals._avgFieldLength;

  // 1. Vacate the places of removed postings.
  const holes: number[] = [];
  for (const posting of edit.remove) {
    const position = internals._idToShortId.get(posting.id);
    if (position === undefined || postings[position] !== posting) continue;
    const fields = documentTerms(internals, posting);
    removeTerms(internals, fields, position);
    constraints.remove(posting, position);
    const n = internals._documentCount;
    for (const { fieldId, length } of fields) {
      average[fieldId] = n <= 1 ? 0 : ((average[fieldId] ?? 0) * n - length) / (n - 1);
    }
    internals._documentCount = n - 1;
    internals._fieldLength.delete(position);
    internals._documentIds.delete(position);
    internals._idToShortId.delete(posting.id);
    byId.delete(posting.id);
    holes.push(position);
  }

  // 2. New postings take the vacated places first, then go at the end.
  holes.sort((a, b) => a - b);
  let filled = 0;
  for (const posting of edit.add) {
    if (byId.has(posting.id)) continue;
    const position = filled < holes.length ? holes[filled++]! : postings.length;
    const fields = documentTerms(internals, posting);
    addTerms(internals, fields, position);
    constraints.add(posting, position);
    const n = internals._documentCount;
    const lengths: number[] = [];
    for (const { fieldId, length } of fields) {
      average[fieldId] = ((average[fieldId] ?? 0) * n + length) / (n + 1);
      lengths[fieldId] = length;
    }
    internals._documentCount = n + 1;
    internals._fieldLength.set(position, lengths);
    internals._documentIds.set(position, posting.id);
    internals._idToShortId.set(posting.id, position);
    byId.set(posting.id, posting);
    postings[position] = posting;
  }

  // 3. Close the places left empty by moving the last postings into them.
  const empty = new Set(holes.slice(filled));
  let end = postings.length;
  for (const hole of holes.slice(filled)) {
    while (end > 0 && empty.has(end - 1)) end--;
    if (hole >= end) break;
    const last = end - 1;
    const moving = postings[last]!;
    moveTerms(internals, documentTerms(internals, moving), last, hole);
    constraints.remove(moving, last);
    constraints.add(moving, hole);
    internals._fieldLength.set(hole, internals._fieldLength.get(last) ?? []);
    internals._fieldLength.delete(last);
    internals._documentIds.set(hole, moving.id);
    internals._documentIds.delete(last);
    internals._idToShortId.set(moving.id, hole);
    postings[hole] = moving;
    empty.delete(hole);
    empty.add(last);
    end--;
  }
  while (end > 0 && empty.has(end - 1)) end--;
  postings.length = end;
  internals._nextId = end;
  return assembleCatalog(postings, byId, index, constraints.result());
}

function rebuild(catalog: Catalog, edit: CatalogEdit): Catalog {
  const removed = new Set(edit.remove);
  return buildCatalog([...catalog.postings.filter((posting) => !removed.has(posting)), ...edit.add]);
}
