import type MiniSearch from 'minisearch';
import { type FieldData, type FrequencyList, internalsOf } from './exact-scores.ts';
import type { IndexDocument } from './index-options.ts';

/**
 * MiniSearch keeps, for every word and field, a Map from document number to how often the word occurs. At
 * 10,000 postings that is two million Map entries, about half the catalog's memory. The catalog never changes
 * its index after building it, so each Map is swapped for two typed arrays (sorted document numbers and their
 * counts): a sixth of the memory, and faster to walk.
 *
 * The replacement answers everything MiniSearch's `search` and `toJSON` ask of those Maps (size, get, has,
 * keys, entries, iteration); adding or removing documents afterwards is refused with an error.
 */
export class PostingList implements FrequencyList {
  readonly documents: Int32Array;
  readonly counts: Uint16Array | Uint32Array;

  constructor(documents: Int32Array, counts: Uint16Array | Uint32Array) {
    this.documents = documents;
    this.counts = counts;
  }

  /** From the (document, count) pairs in any order. */
  static from(entries: Iterable<[number, number]>, size: number): PostingList {
    const documents = new Int32Array(size);
    let counts: Uint16Array | Uint32Array = new Uint16Array(size);
    let filled = 0;
    let sorted = true;
    for (const [document, count] of entries) {
      if (count > 0xffff && counts instanceof Uint16Array) counts = Uint32Array.from(counts);
      if (filled > 0 && document < documents[filled - 1]!) sorted = false;
      documents[filled] = document;
      counts[filled] = count;
      filled++;
    }
    if (filled !== size) throw new Error(`expected ${size} documents, got ${filled}`);
    if (sorted) return new PostingList(documents, counts);
    const order = [...documents.keys()].sort((a, b) => documents[a]! - documents[b]!);
    const sortedCounts = counts instanceof Uint16Array ? new Uint16Array(size) : new Uint32Array(size);
    order.forEach((from, to) => {
      sortedCounts[to] = counts[from]!;
    });
    return new PostingList(
      Int32Array.from(order, (from) => documents[from]!),
      sortedCounts,
    );
  }

  get size(): number {
    return this.documents.length;
  }

  #find(document: number): number {
    let low = 0;
    let high = this.documents.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.documents[middle]!;
      if (found === document) return middle;
      if (found < document) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  get(document: number): number | undefined {
    const position = this.#find(document);
    return position === -1 ? undefined : this.counts[position];
  }

  has(document: number): boolean {
    return this.#find(document) !== -1;
  }

  *keys(): IterableIterator<number> {
    yield* this.documents;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let position = 0; position < this.documents.length; position++) {
      yield [this.documents[position]!, this.counts[position]!];
    }
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (count: number, document: number) => void): void {
    for (let position = 0; position < this.documents.length; position++) {
      callback(this.counts[position]!, this.documents[position]!);
    }
  }

  set(): never {
    throw new Error('MiniSearch: the catalog index is read-only; build a new catalog instead');
  }

  delete(): never {
    return this.set();
  }
}

/** Swaps every frequency Map of the index for a PostingList. Does nothing to an index it cannot read. */
export function compactIndex(index: MiniSearch<IndexDocument>): void {
  const internals = internalsOf(index);
  if (internals === null) return;
  for (const [, fieldData] of internals._index.atPrefix('')) {
    for (const [fieldId, frequencies] of fieldData) {
      if (!(frequencies instanceof PostingList)) {
        fieldData.set(fieldId, PostingList.from(frequencies.entries(), frequencies.size));
      }
    }
  }
}

/**
 * One saved word: the word, then per field [field id, document numbers as gaps from the previous one, counts].
 * Counts are left empty when every one is 1 (most words of most fields). Arrays of small numbers, rather than
 * MiniSearch's `toJSON` objects keyed by document number, are what make a snapshot quick to read back: a
 * third of the bytes, and no object made per document on the way to a PostingList.
 */
type SavedField = [fieldId: number, gaps: number[], counts: number[]];
export type SerialisedTerm = [word: string, fields: SavedField[]];

function savedPostingList(saved: unknown): [number, PostingList] {
  if (!Array.isArray(saved) || saved.length !== 3) throw new Error('not a saved index word');
  const [fieldId, gaps, counts] = saved as unknown[];
  if (!Number.isInteger(fieldId) || !Array.isArray(gaps) || !Array.isArray(counts)) {
    throw new Error('not a saved index word');
  }
  if (counts.length !== 0 && counts.length !== gaps.length) throw new Error('not a saved index word');
  const documents = new Int32Array(gaps.length);
  let document = -1;
  let largest = 1;
  for (let position = 0; position < gaps.length; position++) {
    const gap = gaps[position];
    // Gaps of at least 1 (0 for the first document) keep the numbers increasing, as PostingList needs.
    if (!Number.isInteger(gap) || (gap as number) < (position === 0 ? 0 : 1)) {
      throw new Error('not a saved index word');
    }
    document += (gap as number) + (position === 0 ? 1 : 0);
    documents[position] = document;
    const count = counts.length === 0 ? 1 : counts[position];
    if (!Number.isInteger(count) || (count as number) < 1) throw new Error('not a saved index word');
    if ((count as number) > largest) largest = count as number;
  }
  const list = largest > 0xffff ? new Uint32Array(gaps.length) : new Uint16Array(gaps.length);
  if (counts.length === 0) list.fill(1);
  else list.set(counts as number[]);
  return [fieldId as number, new PostingList(documents, list)];
}

/**
 * Adds words saved by `serialiseIndex` to an index loaded without them, straight into PostingLists: loading
 * them through `MiniSearch.loadJS` would build the Maps first and double the memory a load needs. Throws on
 * anything that is not a saved word, or when the index's internals cannot be read.
 */
export function addSerialisedTerms(index: MiniSearch<IndexDocument>, terms: readonly unknown[]): void {
  const internals = internalsOf(index);
  if (internals === null) throw new Error('MiniSearch internals are not readable');
  for (const term of terms) {
    if (!Array.isArray(term) || term.length !== 2 || typeof term[0] !== 'string' || !Array.isArray(term[1])) {
      throw new Error('not a saved index word');
    }
    const fieldData: FieldData = new Map();
    for (const saved of term[1] as unknown[]) {
      const [fieldId, list] = savedPostingList(saved);
      fieldData.set(fieldId, list);
    }
    internals._index.set(term[0], fieldData);
  }
}

/** Saved index entries (document, count pairs) per snapshot line: a few MB of JSON, far below string limits. */
const ENTRIES_PER_PART = 1_000_000;

export interface SerialisedIndex {
  /** `toJSON()` without its words: document ids, field lengths, counts. */
  figures: Record<string, unknown>;
  /** The words in parts of about ENTRIES_PER_PART entries, each part made only when asked for. */
  parts: number;
  words(): Generator<SerialisedTerm[]>;
}

function savedField(fieldId: number, entries: Iterable<[number, number]>, sorted: boolean): SavedField {
  const pairs = sorted ? entries : [...entries].sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  const counts: number[] = [];
  let previous = -1;
  let allOnes = true;
  for (const [document, count] of pairs) {
    gaps.push(previous === -1 ? document : document - previous);
    counts.push(count);
    if (count !== 1) allOnes = false;
    previous = document;
  }
  return [fieldId, gaps, allOnes ? [] : counts];
}

function serialiseTerm(word: string, fieldData: FieldData): SerialisedTerm {
  const fields: SavedField[] = [];
  for (const [fieldId, frequencies] of fieldData) {
    fields.push(savedField(fieldId, frequencies.entries(), frequencies instanceof PostingList));
  }
  return [word, fields];
}

/**
 * The index as `toJSON` would give it, but with its words made part by part: at 100,000 postings the whole
 * `toJSON()` is gigabytes of small objects at once.
 */
export function serialiseIndex(
  index: MiniSearch<IndexDocument>,
  entriesPerPart: number = ENTRIES_PER_PART,
): SerialisedIndex {
  const internals = internalsOf(index);
  if (internals === null) {
    const { index: terms, ...figures } = index.toJSON();
    const saved = terms.map(
      ([word, fields]): SerialisedTerm => [
        word,
        Object.entries(fields).map(([fieldId, frequencies]) =>
          savedField(
            Number(fieldId),
            Object.entries(frequencies).map(([document, count]): [number, number] => [
              Number(document),
              count,
            ]),
            false,
          ),
        ),
      ],
    );
    return {
      figures,
      parts: saved.length === 0 ? 0 : 1,
      *words() {
        if (saved.length > 0) yield saved;
      },
    };
  }
  // MiniSearch's own toJSON on a copy without words, so the figures stay exactly as MiniSearch writes them.
  const withoutWords = { ...index, _index: new Map() } as unknown as MiniSearch<IndexDocument>;
  const { index: _noWords, ...figures } = index.toJSON.call(withoutWords);
  const boundaries: number[] = [];
  let entries = 0;
  let terms = 0;
  for (const [, fieldData] of internals._index.atPrefix('')) {
    for (const frequencies of fieldData.values()) entries += frequencies.size;
    terms++;
    if (entries >= entriesPerPart) {
      boundaries.push(terms);
      entries = 0;
    }
  }
  if (boundaries.at(-1) !== terms && terms > 0) boundaries.push(terms);
  return {
    figures,
    parts: boundaries.length,
    *words() {
      let part: SerialisedTerm[] = [];
      let position = 0;
      let boundary = 0;
      for (const [word, fieldData] of internals._index.atPrefix('')) {
        part.push(serialiseTerm(word, fieldData));
        position++;
        if (position === boundaries[boundary]) {
          yield part;
          part = [];
          boundary++;
        }
      }
    },
  };
}
