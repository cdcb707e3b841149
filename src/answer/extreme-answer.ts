import type { Posting, Salary } from '../model/posting.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, ExtremeAnswer, ExtremeGroup, NotFoundAnswer } from './types.ts';

/** For "most" a range counts by its top ("up to" and "from" by their one figure); for "least", by its bottom. */
function figureOf(salary: Salary, direction: ExtremeAnswer['direction']): number {
  return direction === 'highest' ? (salary.max ?? salary.min ?? 0) : (salary.min ?? salary.max ?? 0);
}

/**
 * The role(s) at the top or bottom of each currency and pay period: a salary in rupees is not more than one in
 * pounds, and an hourly rate is not less than a yearly salary, so groups are never compared with each other.
 */
export function extremeGroups(
  postings: readonly Posting[],
  direction: ExtremeAnswer['direction'],
): ExtremeGroup[] {
  const groups = new Map<string, { currency: string; period: Salary['period']; postings: Posting[] }>();
  for (const posting of postings) {
    const salary = posting.salary;
    if (salary === null) continue;
    const key = `${salary.currency}/${salary.period}`;
    const group = groups.get(key) ?? { currency: salary.currency, period: salary.period, postings: [] };
    group.postings.push(posting);
    groups.set(key, group);
  }
  const better = (a: number, b: number) => (direction === 'highest' ? a > b : a < b);
  return [...groups.values()]
    .map((group): ExtremeGroup => {
      let figure = figureOf(group.postings[0]!.salary!, direction);
      for (const posting of group.postings) {
        const value = figureOf(posting.salary!, direction);
        if (better(value, figure)) figure = value;
      }
      return {
        currency: group.currency,
        period: group.period,
        count: group.postings.length,
        postings: group.postings.filter((posting) => figureOf(posting.salary!, direction) === figure),
        figure,
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        Number(b.period === 'year') - Number(a.period === 'year') ||
        a.currency.localeCompare(b.currency) ||
        a.period.localeCompare(b.period),
    );
}

/** "Which role pays the most?", "lowest paid", "best paid senior role". */
export function extremeAnswer(
  question: string,
  direction: ExtremeAnswer['direction'],
  rest: string,
  context: AnswerContext,
): ExtremeAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  if (roles.nothingMatched || roles.postings.length === 0) {
    return noMatchAnswer(question, roles.match, roles.understood || 'roles', context.catalog);
  }
  const groups = extremeGroups(roles.postings, direction);
  const notStated = roles.postings.filter((posting) => posting.salary === null);
  const notes = [...roles.notes];
  if (groups.length === 0) notes.push('None of these roles states its pay, so none can be compared.');
  if (groups.length > 1) {
    notes.push(
      `Pay is compared only within one currency and period (${groups.length} groups here), never converted.`,
    );
  }
  if (notStated.length > 0) {
    notes.push(
      `${notStated.length} matching role${notStated.length === 1 ? ' states' : 's state'} no pay, so ${notStated.length === 1 ? 'it was' : 'they were'} not compared.`,
    );
  }
  return {
    kind: 'extreme',
    question,
    postings: groups.flatMap((group) => group.postings),
    notes,
    direction,
    understood: roles.understood,
    groups,
    notStated,
  };
}
