import type { Posting } from '../model/posting.ts';
import { COUNTRY_NAMES } from '../search/query-vocabulary.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, CountRow, NotFoundAnswer, StatsAnswer } from './types.ts';

const NOT_STATED = 'not stated';

function countBy(postings: readonly Posting[], labelsOf: (posting: Posting) => string[]): CountRow[] {
  const tally = new Map<string, number>();
  for (const posting of postings) {
    const labels = labelsOf(posting);
    for (const label of labels.length > 0 ? new Set(labels) : [NOT_STATED])
      tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  return [...tally.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** "How many roles are there?", "which companies are hiring?", "how many remote ML roles?". */
export function statsAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): StatsAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  if (roles.nothingMatched) return noMatchAnswer(question, roles.match, roles.understood, context.catalog);
  const postings = roles.postings;
  return {
    kind: 'stats',
    question,
    postings,
    notes: roles.notes,
    understood: roles.understood,
    total: postings.length,
    byCompany: countBy(postings, (posting) => (posting.company === null ? [] : [posting.company])),
    byWorkplace: countBy(postings, (posting) => (posting.workplace === null ? [] : [posting.workplace])),
    bySeniority: countBy(postings, (posting) => (posting.seniority === null ? [] : [posting.seniority])),
    byCountry: countBy(postings, (posting) =>
      posting.locations.flatMap((location) =>
        location.country !== null
          ? [COUNTRY_NAMES[location.country] ?? location.country]
          : (location.region ?? []),
      ),
    ),
    withSalary: postings.filter((posting) => posting.salary !== null).length,
  };
}
