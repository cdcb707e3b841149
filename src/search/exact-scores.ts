import type MiniSearch from 'minisearch';
import {
  APPROXIMATE_WEIGHTS,
  FIELD_BOOST,
  fuzzyDistance,
  type IndexDocument,
  usePrefix,
} from './index-options.ts';

/**
 * Exact-word scoring straight from MiniSearch's posting lists.
 *
 * Why: `MiniSearch.search` builds a result object (with match details) for every matching document and sorts
 * them all. For a word in most postings ("engineer") that was most of a query's time and garbage at 10,000+
 * postings, while search only needs "which postings, how well". MiniSearch has no public API for posting lists,
 * so this reads its documented-in-source internals, checks their shape first, and returns null when they are
 * not as expected (another MiniSearch version): callers then fall back to `search`.
 * Scores follow MiniSearch's own BM25+ with the same field boosts, so one phrase scores as `search` scores it.
 *
 * Scores are kept in dense arrays indexed by MiniSearch's internal document number (the catalog keeps postings
 * in that order): at 100,000 postings a common word touches most documents, and a Map entry per document per
 * word was most of a query's time and garbage.
 */

/** Document number -> how often a word occurs there: MiniSearch's Map, or the catalog's compact PostingList. */
export interface FrequencyList {
  readonly size: number;
  entries(): IterableIterator<[number, number]>;
  /** On compact lists: sorted document numbers and their counts, walked directly rather than through entries. */
  readonly documents?: Int32Array;
  readonly counts?: Uint16Array | Uint32Array;
}

/** Field id -> frequencies of one word. */
export type FieldData = Map<number, FrequencyList>;

export interface Internals {
  _index: {
    get(term: string): FieldData | undefined;
    set(term: string, data: FieldData): unknown;
    atPrefix(prefix: string): Iterable<[string, FieldData]>;
    fuzzyGet(term: string, distance: number): Map<string, [FieldData, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, unknown>;
  _documentCount: number;
}

/** MiniSearch's default BM25+ parameters (k, b, d), which our index options keep. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export function internalsOf(index: MiniSearch<IndexDocument>): Internals | null {
  const candidate = index as unknown as Partial<Internals>;
  const ok =
    typeof candidate._index?.get === 'function' &&
    typeof candidate._index.set === 'function' &&
    typeof candidate._index.atPrefix === 'function' &&
    typeof candidate._index.fuzzyGet === 'function' &&
    typeof candidate._fieldIds === 'object' &&
    Array.isArray(candidate._avgFieldLength) &&
    candidate._fieldLength instanceof Map &&
    candidate._documentIds instanceof Map &&
    typeof candidate._documentCount === 'number';
  return ok ? (candidate as Internals) : null;
}

/** The index words a query word stands for, with MiniSearch's weights: itself, then prefix and typo matches. */
function derivedWords(internals: Internals, word: string, approximate: boolean): [FieldData, number][] {
  const exact = internals._index.get(word);
  const derived: [FieldData, number][] = exact === undefined ? [] : [[exact, 1]];
  if (!approximate) return derived;
  const distance = fuzzyDistance(word);
  const fuzzy =
    distance === false ? new Map<string, [FieldData, number]>() : internals._index.fuzzyGet(word, distance);
  if (usePrefix(word)) {
    for (const [term, data] of internals._index.atPrefix(word)) {
      const extra = term.length - word.length;
      if (extra === 0) continue;
      fuzzy.delete(term);
      derived.push([data, (APPROXIMATE_WEIGHTS.prefix * term.length) / (term.length + 0.3 * extra)]);
    }
  }
  for (const [term, [data, edits]] of fuzzy) {
    if (edits === 0) continue;
    derived.push([data, (APPROXIMATE_WEIGHTS.fuzzy * term.length) / (term.length + edits)]);
  }
  return derived;
}

/**
 * Scores by MiniSearch's internal document number: `score[n] > 0` exactly for the documents in `documents`
 * (BM25+ never scores a match 0, so 0 means "not matched").
 */
export interface DenseScores {
  readonly score: Float64Array;
  readonly documents: number[];
}

/** What scoring needs per field, worked out once per index: BM25's length normalisation for every document. */
interface Prepared {
  documentCount: number;
  size: number;
  fields: { fieldId: number; boost: number; norm: Float64Array }[];
}

const preparedByIndex = new WeakMap<object, Prepared>();

function nextDocumentNumber(internals: Internals): number {
  let next = 0;
  for (const documentId of internals._documentIds.keys()) if (documentId >= next) next = documentId + 1;
  return next;
}

function prepare(internals: Internals): Prepared {
  const known = preparedByIndex.get(internals);
  // The catalog never changes its index, but a caller may add documents to one: then prepare again.
  if (known !== undefined && known.documentCount === internals._documentCount) return known;
  const size = nextDocumentNumber(internals);
  const fields: Prepared['fields'] = [];
  for (const [field, boost] of Object.entries(FIELD_BOOST)) {
    const fieldId = internals._fieldIds[field];
    if (fieldId === undefined) continue;
    const averageLength = internals._avgFieldLength[fieldId] ?? 1;
    const norm = new Float64Array(size);
    for (const [documentId, lengths] of internals._fieldLength) {
      const length = lengths[fieldId] ?? 0;
      norm[documentId] = BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength);
    }
    fields.push({ fieldId, boost, norm });
  }
  const prepared = { documentCount: internals._documentCount, size, fields };
  preparedByIndex.set(internals, prepared);
  return prepared;
}

function emptyScores(size: number): DenseScores {
  return { score: new Float64Array(size), documents: [] };
}

function wordScores(
  internals: Internals,
  prepared: Prepared,
  word: string,
  approximate: boolean,
): DenseScores {
  const scores = emptyScores(prepared.size);
  for (const [fieldData, weight] of derivedWords(internals, word, approximate)) {
    addFieldScores(prepared, fieldData, weight, scores);
  }
  return scores;
}

function addFieldScores(prepared: Prepared, fieldData: FieldData, weight: number, scores: DenseScores): void {
  const total = prepared.documentCount;
  const { score, documents } = scores;
  for (const { fieldId, boost, norm } of prepared.fields) {
    const frequencies = fieldData.get(fieldId);
    if (frequencies === undefined) continue;
    const matching = frequencies.size;
    const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const factor = weight * boost * inverse;
    const add = (documentId: number, frequency: number) => {
      if (documentId >= prepared.size) return;
      const saturation = (frequency * (BM25.k + 1)) / (frequency + norm[documentId]!);
      const before = score[documentId]!;
      if (before === 0) documents.push(documentId);
      score[documentId] = before + factor * (BM25.d + saturation);
    };
    const { documents: compact, counts } = frequencies;
    if (compact !== undefined && counts !== undefined) {
      for (let at = 0; at < compact.length; at++) add(compact[at]!, counts[at]!);
    } else for (const [documentId, frequency] of frequencies.entries()) add(documentId, frequency);
  }
}

/**
 * Documents containing every word of one of the phrases (scores summed over words and phrases), by MiniSearch's
 * internal document number; null when MiniSearch's internals are not readable.
 */
export function denseExactScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): DenseScores | null {
  return phraseScores(index, phrases, false);
}

/** As denseExactScores, also counting prefix and typo matches as `MiniSearch.search` with our options would. */
export function denseApproximateScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): DenseScores | null {
  return phraseScores(index, phrases, true);
}

function toIdMap(index: MiniSearch<IndexDocument>, dense: DenseScores | null): Map<string, number> | null {
  const internals = internalsOf(index);
  if (dense === null || internals === null) return null;
  const byId = new Map<string, number>();
  for (const documentId of dense.documents) {
    const id = internals._documentIds.get(documentId);
    if (typeof id === 'string') byId.set(id, dense.score[documentId]!);
  }
  return byId;
}

/**
 * Postings containing every word of each phrase (scores summed over words and phrases), keyed by posting id;
 * null when MiniSearch's internals are not readable.
 */
export function exactPhraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): Map<string, number> | null {
  return toIdMap(index, denseExactScores(index, phrases));
}

/** As exactPhraseScores, also counting prefix and typo matches as `MiniSearch.search` with our options would. */
export function approximatePhraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): Map<string, number> | null {
  return toIdMap(index, denseApproximateScores(index, phrases));
}

function phraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
  approximate: boolean,
): DenseScores | null {
  const internals = internalsOf(index);
  if (internals === null) return null;
  const prepared = prepare(internals);
  const combined = emptyScores(prepared.size);
  for (const words of phrases) {
    let phrase: DenseScores | null = null;
    for (const word of words) {
      const scores = wordScores(internals, prepared, word, approximate);
      if (phrase === null) phrase = scores;
      else {
        // Keep only documents with every word so far, in place: no new array per word.
        const kept: number[] = [];
        for (const documentId of phrase.documents) {
          const other = scores.score[documentId]!;
          if (other > 0) {
            phrase.score[documentId]! += other;
            kept.push(documentId);
          } else phrase.score[documentId] = 0;
        }
        phrase = { score: phrase.score, documents: kept };
      }
      if (phrase.documents.length === 0) break;
    }
    if (phrase === null) continue;
    // MiniSearch multiplies a result's score by how many query words it matched; so do we.
    const quality = new Set(words).size;
    for (const documentId of phrase.documents) {
      const before = combined.score[documentId]!;
      if (before === 0) combined.documents.push(documentId);
      combined.score[documentId] = before + phrase.score[documentId]! * quality;
    }
  }
  return combined;
}

/**
 * Whether the index numbers its documents in the order of `ids` (0, 1, 2, …), as the catalog relies on to use a
 * posting's position as its index number. True when the internals are unreadable: nothing relies on it then.
 */
export function documentOrderMatches(index: MiniSearch<IndexDocument>, ids: readonly string[]): boolean {
  const internals = internalsOf(index);
  if (internals === null) return true;
  if (internals._documentIds.size !== ids.length) return false;
  return ids.every((id, position) => internals._documentIds.get(position) === id);
}
