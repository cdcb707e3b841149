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

/** One word of MiniSearch's `toJSON().index`: word, then field id -> document number -> count. */
type SerialisedTerm = [string, Record<string, Record<string, number>>];

function isSerialisedTerm(value: unknown): value is SerialisedTerm {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'object' &&
    value[1] !== null
  );
}

/**
 * Adds words saved by `toJSON` to an index loaded without them, straight into PostingLists: loading them through
 * `MiniSearch.loadJS` would build the Maps first and double the memory a load needs. Throws on anything that is
 * not a saved word, or when the index's internals cannot be read.
 */
export function addSerialisedTerms(index: MiniSearch<IndexDocument>, terms: readonly unknown[]): void {
  const internals = internalsOf(index);
  if (internals === null) throw new Error('MiniSearch internals are not readable');
  for (const term of terms) {
    if (!isSerialisedTerm(term)) throw new Error('not a saved index word');
    const [word, fields] = term;
    const fieldData: FieldData = new Map();
    for (const [fieldId, frequencies] of Object.entries(fields)) {
      if (typeof frequencies !== 'object' || frequencies === null) throw new Error('not a saved index word');
      const entries = Object.entries(frequencies);
      const pairs = entries.map(([document, count]): [number, number] => {
        const number = Number.parseInt(document, 10);
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || !(number >= 0)) {
          throw new Error('not a saved index word');
        }
        return [number, count];
      });
      fieldData.set(Number.parseInt(fieldId, 10), PostingList.from(pairs, pairs.length));
    }
    internals._index.set(word, fieldData);
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

function serialiseTerm(word: string, fieldData: FieldData): SerialisedTerm {
  const fields: Record<string, Record<string, number>> = {};
  for (const [fieldId, frequencies] of fieldData) fields[fieldId] = Object.fromEntries(frequencies.entries());
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
    return {
      figures,
      parts: terms.length === 0 ? 0 : 1,
      *words() {
        if (terms.length > 0) yield terms as SerialisedTerm[];
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
