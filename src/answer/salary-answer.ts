import type { Posting, Salary } from '../model/posting.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import { describePayFilter } from './query-filters.ts';
import type { AnswerContext, NotFoundAnswer, SalaryAnswer, SalaryGroup, SalaryRow } from './types.ts';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A role's midpoint: the middle of its range, or its one bound for "up to X" and "from X". */
function midpoint(salary: Salary): number {
  if (salary.min !== null && salary.max !== null) return (salary.min + salary.max) / 2;
  return salary.min ?? salary.max ?? 0;
}

/**
 * Overall figures per currency and period: min is the lowest bound stated, max the highest, median the median
 * of the roles' midpoints. Currencies and periods are never mixed or converted.
 */
export function salaryGroups(rows: readonly SalaryRow[]): SalaryGroup[] {
  const groups = new Map<string, Salary[]>();
  for (const { salary } of rows) {
    if (salary === null) continue;
    const key = `${salary.currency}/${salary.period}`;
    groups.set(key, [...(groups.get(key) ?? []), salary]);
  }
  return [...groups.values()]
    .map((salaries): SalaryGroup => {
      const first = salaries[0]!;
      const bounds = salaries.flatMap((salary) =>
        [salary.min, salary.max].filter((v): v is number => v !== null),
      );
      return {
        currency: first.currency,
        period: first.period,
        count: salaries.length,
        min: Math.min(...bounds),
        median: median(salaries.map(midpoint)),
        mean: salaries.reduce((sum, salary) => sum + midpoint(salary), 0) / salaries.length,
        max: Math.max(...bounds),
      };
    })
    .sort(
      (a, b) => b.count - a.count || a.currency.localeCompare(b.currency) || a.period.localeCompare(b.period),
    );
}

export function salaryAnswer(
  question: string,
  rest: string,
  context: AnswerContext,
): SalaryAnswer | NotFoundAnswer {
  const roles = describedRoles(rest, context.catalog, context.now);
  if (roles.nothingMatched || roles.postings.length === 0) {
    const pay = describePayFilter(roles.filters.pay);
    const what = pay === null ? `pay for ${roles.understood || 'roles'}` : `roles that state ${pay}`;
    return noMatchAnswer(question, roles.match, what, context.catalog);
  }
  // Roles that state pay first, in rank order, then the ones that do not, so nothing is silently dropped.
  const stated = roles.postings.filter((posting) => posting.salary !== null);
  const notStated: Posting[] = roles.postings.filter((posting) => posting.salary === null);
  const rows: SalaryRow[] = [
    ...stated.map((posting) => ({ posting, salary: posting.salary })),
    ...notStated.map((posting) => ({ posting, salary: null })),
  ];
  const groups = salaryGroups(rows);
  const notes = [...roles.notes];
  if (groups.length > 1) {
    notes.push(
      `Pay is stated in ${groups.length} different currencies or periods, so each is summarised on its own, never converted.`,
    );
  }
  if (stated.length === 0) notes.push('None of these roles states a salary.');
  return {
    kind: 'salary',
    question,
    postings: rows.map((row) => row.posting),
    notes,
    understood: roles.understood,
    rows,
    groups,
    notStated,
  };
}
