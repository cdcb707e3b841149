import type { Salary } from '../model/posting.ts';
import type { PayContext } from './pay-context.ts';
import { firstPeriod } from './pay-period.ts';
import { extractSalary } from './salary.ts';

/** A currency beside a figure: `$150k`, `£45,000`, `RM 4,000`, `45K €`, `USD 120,000`. */
const MONEY =
  /(?:[$€£¥₹₱฿₫]|\b(?:RM|Rp|Rs\.?|USD|GBP|EUR|AUD|CAD|SGD|NZD|HKD|INR|MYR|IDR|PHP|JPY|CHF|SEK|NOK|DKK|PLN))\s?\d|\d\s?[kK]?(?:[$€£¥₹]|\b(?:USD|GBP|EUR|AUD|CAD|SGD|INR|MYR|IDR)\b)/;
const DIGIT = /\d/;

/**
 * A bare range in a header row ("$150k-$200k + equity", "2,100+ Weekly") is the pay by its place on the
 * page, though it carries no "salary" cue for the extractor to see; the row's position supplies the cue.
 * A part needs money or a pay period of its own, so "Ref 123456" or "Posted 3 days ago" never becomes pay.
 */
export function salaryFromHeaderParts(parts: readonly string[], context: PayContext): Salary | null {
  for (const part of parts) {
    if (!DIGIT.test(part) || (!MONEY.test(part) && firstPeriod(part) === null)) continue;
    const salary = extractSalary(`Salary: ${part}`, context);
    if (salary) return salary;
  }
  return null;
}
