import type { SalaryPeriod } from '../model/posting.ts';

/** How every renderer says a pay period, after the figures: "…USD a year", "$45 an hour". */
export const PERIOD_WORDS: Readonly<Record<SalaryPeriod, string>> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** "3 roles", "1 role": counts read as words in every renderer. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The shape of a pay range, each figure written by `figure` (renderers differ only in how they write a
 * figure): "min–max", one figure when both ends agree, "up to max", "from min". Null when neither end is
 * known, so the caller says "not stated" in its own words.
 */
export function salaryBounds(
  salary: { min: number | null; max: number | null },
  figure: (amount: number) => string,
): string | null {
  const { min, max } = salary;
  if (min !== null && max !== null) return min === max ? figure(min) : `${figure(min)}–${figure(max)}`;
  if (max !== null) return `up to ${figure(max)}`;
  if (min !== null) return `from ${figure(min)}`;
  return null;
}
