import type { Posting } from '../model/posting.ts';
import { isSamePosting } from '../parse/merge-duplicates.ts';

/** The known posting this one repeats (same id, or one the catalog would merge it into), or null. */
export function findDuplicate(posting: Posting, known: readonly Posting[]): Posting | null {
  return known.find((other) => isSamePosting(other, posting)) ?? null;
}
