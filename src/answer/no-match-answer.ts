import type { Catalog } from '../search/catalog.ts';
import type { RoleMatches } from './matching-roles.ts';
import { notFoundAnswer } from './not-found-answer.ts';
import { shortWordHints } from './short-word-hints.ts';
import type { NotFoundAnswer } from './types.ts';

/** A part as the person wrote it: "“LPM”" rather than search's lower-case "“lpm”". */
function asWritten(part: string, question: string): string {
  const quoted = /^“(.+)”$/.exec(part);
  if (quoted?.[1] === undefined) return part;
  const escaped = quoted[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Search quotes a word in its singular ("kubernete"): the person's word starts with it ("Kubernetes").
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}[\\p{L}]{0,2}(?![\\p{L}\\p{N}])`, 'iu').exec(
    question,
  )?.[0];
  return `“${written ?? quoted[1]}”`;
}

/** The question again with a short missing word replaced by each catalog word near it: "where is the LLM role based?". */
function shortHints(missing: readonly string[], question: string, catalog: Catalog): string[] {
  return missing.flatMap((part) => {
    const word = /^“([^\s”]+)”$/.exec(part)?.[1];
    if (word === undefined) return [];
    const written = asWritten(part, question).slice(1, -1);
    return shortWordHints(word, catalog).map((hint) =>
      question.replace(written, hint).replace(/\s+/g, ' ').trim(),
    );
  });
}

/**
 * Nothing matched: says which part of the question no posting has ("no role matches “LPM”", with "did you
 * mean" from the catalog's own words), or, when each part exists but not together, what was asked.
 */
export function noMatchAnswer(
  question: string,
  roles: RoleMatches,
  what: string,
  catalog: Catalog,
  notes: string[] = roles.notes,
): NotFoundAnswer {
  const missing = roles.missing.map((part) => asWritten(part, question));
  // The missing parts are the answer's own first line; search's sentences about them would say it twice.
  const kept =
    missing.length > 0 ? notes.filter((note) => !/^No role (mentions|is|states|was)\b/.test(note)) : notes;
  const answer = notFoundAnswer(question, missing.length > 0 ? missing.join(' or ') : what, catalog, kept);
  if (missing.length > 0) answer.missing = missing;
  const hints = roles.didYouMean.length > 0 ? roles.didYouMean : shortHints(roles.missing, question, catalog);
  if (hints.length > 0) answer.didYouMean = hints;
  return answer;
}
