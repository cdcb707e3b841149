import type { Catalog } from '../search/catalog.ts';
import { suggestionsFor } from './suggestions.ts';
import type { NotFoundAnswer } from './types.ts';

/** Says plainly that no posting has what was asked about, and what to try instead. */
export function notFoundAnswer(
  question: string,
  subject: string,
  catalog: Catalog,
  notes: string[] = [],
): NotFoundAnswer {
  const empty = catalog.postings.length === 0;
  return {
    kind: 'not-found',
    question,
    postings: [],
    notes: empty
      ? [...notes, 'No postings are loaded yet: add posting files to the postings folder.']
      : notes,
    subject,
    suggestions: empty ? ['help'] : suggestionsFor(catalog),
  };
}
