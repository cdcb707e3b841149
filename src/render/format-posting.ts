/**
 * How pay periods and ranges read is decided once, in the pay subsystem (`src/pay/format-pay.ts`), so the
 * terminal and Slack never drift apart; these names stay for the renderers that use them.
 */
export { PERIOD_WORDS, payBounds as salaryBounds } from '../pay/format-pay.ts';

/** "3 roles", "1 role": counts read as words in every renderer. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
