import type MiniSearch from 'minisearch';
import { FIELD_BOOST, type IndexDocument } from './index-options.ts';

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

interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
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
    typeof candidate._fieldIds === 'object' &&
    Array.isArray(candidate._avgFieldLength) &&
    candidate._fieldLength instanceof Map &&
    candidate._documentIds instanceof Map &&
    typeof candidate._documentCount === 'number';
  return ok ? (candidate as Internals) : null;
}

function wordScores(internals: Internals, word: string): Map<number, number> {
  const scores = new Map<number, number>();
  const fieldData = internals._index.get(word);
  if (fieldData === undefined) return scores;
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
      scores.set(documentId, (scores.get(documentId) ?? 0) + boost * inverse * (BM25.d + saturation));
    }
  }
  return scores;
}

/**
 * Postings containing every word of each phrase (scores summed over words and phrases), keyed by posting id;
 * null when MiniSearch's internals are not readable.
 */
export function exactPhraseScores(
  index: MiniSearch<IndexDocument>,
  phrases: readonly (readonly string[])[],
): Map<string, number> | null {
  const internals = internalsOf(index);
  if (internals === null) return null;
  const combined = new Map<number, number>();
  for (const words of phrases) {
    let phrase: Map<number, number> | null = null;
    for (const word of words) {
      const scores = wordScores(internals, word);
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
