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
 */

type FieldData = Map<number, Map<number, number>>;

interface Internals {
  _index: {
    get(term: string): FieldData | undefined;
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

function internalsOf(index: MiniSearch<IndexDocument>): Internals | null {
  const candidate = index as unknown as Partial<Internals>;
  const ok =
    typeof candidate._index?.get === 'function' &&
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

function wordScores(internals: Internals, word: string, approximate: boolean): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [fieldData, weight] of derivedWords(internals, word, approximate)) {
    addFieldScores(internals, fieldData, weight, scores);
  }
  return scores;
}

function addFieldScores(
  internals: Internals,
  fieldData: FieldData,
  weight: number,
  scores: Map<number, number>,
): void {
  const total = internals._documentCount;
  for (const [field, boost] of Object.entries(FIELD_BOOST)) {
    const fieldId = internals._fieldIds[field];
    if (fieldId === undefined) continue;
    const frequencies = fieldData.get(fieldId);
    if (frequencies === undefined) continue;
    const matching = frequencies.size;
    const averageLength = internals._avgFieldLength[fieldId] ?? 1;
    const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    for (const [documentId, frequency] of frequencies) {
      const length = internals._fieldLength.get(documentId)?.[fieldId];
      if (length === undefined) continue;
      const saturation =
        (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength));
      scores.set(
        documentId,
        (scores.get(documentId) ?? 0) + weight * boost * inverse * (BM25.d + saturation),
      );
    }
  }
}

/**
 * Postings containing every word of each phrase (scores summed over words and phrases), keyed by posting id;
 * null when MiniSearch's internals are not readable.
 */
export function exactPhraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): Map<string, number> | null {
  return phraseScores(index, phrases, false);
}

/** As exactPhraseScores, also counting prefix and typo matches as `MiniSearch.search` with our options would. */
export function approximatePhraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): Map<string, number> | null {
  return phraseScores(index, phrases, true);
}

function phraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
  approximate: boolean,
): Map<string, number> | null {
  const internals = internalsOf(index);
  if (internals === null) return null;
  const combined = new Map<number, number>();
  for (const words of phrases) {
    let phrase: Map<number, number> | null = null;
    for (const word of words) {
      const scores = wordScores(internals, word, approximate);
      if (phrase === null) phrase = scores;
      else {
        const both = new Map<number, number>();
        for (const [documentId, score] of phrase) {
          const other = scores.get(documentId);
          if (other !== undefined) both.set(documentId, score + other);
        }
        phrase = both;
      }
      if (phrase.size === 0) break;
    }
    // MiniSearch multiplies a result's score by how many query words it matched; so do we.
    const quality = new Set(words).size;
    for (const [documentId, score] of phrase ?? []) {
      combined.set(documentId, (combined.get(documentId) ?? 0) + score * quality);
    }
  }
  const byId = new Map<string, number>();
  for (const [documentId, score] of combined) {
    const id = internals._documentIds.get(documentId);
    if (typeof id === 'string') byId.set(id, score);
  }
  return byId;
}
