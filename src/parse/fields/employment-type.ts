import type { EmploymentType } from '../../model/posting.ts';

/**
 * The employment type from the labels a page prints ("Full-time", "Permanent", "Contract") or from prose
 * that states it outright ("This is a full-time position").
 */

const VALUE_PATTERNS: [EmploymentType, RegExp][] = [
  ['internship', /\b(?:intern|internship|co-?op|working student|placement year)\b/i],
  [
    'contract',
    /\b(?:contract(?:or)?|freelance|contract-to-hire|fixed[- ]term|consultancy|outside ir35|inside ir35)\b/i,
  ],
  ['temporary', /\b(?:temporary|temp|seasonal)\b/i],
  ['part-time', /\bpart[- ]?time\b|\bteilzeit\b/i],
  ['full-time', /\b(?:full[- ]?time|permanent|regular|fulltime|full_time|vollzeit|unbefristet|cdi)\b/i],
];

/** Reads a label value ("Full-time", "Permanent", "FULL_TIME", "Contract (6 months)"); null when it names none. */
export function employmentTypeFromLabel(value: string): EmploymentType | null {
  const clean = value.replace(/_/g, '-');
  for (const [type, pattern] of VALUE_PATTERNS) if (pattern.test(clean)) return type;
  return null;
}

const PROSE_PATTERNS: [EmploymentType, RegExp][] = [
  ['internship', /\b(?:this is an?|this|the|our|paid|summer|\d+[- ](?:week|month))\s+internship\b/i],
  [
    'contract',
    /\b(?:this is an?|this|the)\s+(?:\d+[- ]month\s+|\d+[- ]week\s+|short[- ]term\s+|long[- ]term\s+|freelance\s+|fixed[- ]term\s+)?contract(?:or)?\s+(?:role|position|job|engagement|assignment)\b|\bday rate\b|\b(?:outside|inside) ir35\b/i,
  ],
  ['part-time', /\b(?:is an?|this|the)\s+part[- ]time\s+(?:role|position|job)\b/i],
  [
    'full-time',
    /\b(?:is an?|this|the)\s+(?:full[- ]time|permanent)(?:,?\s+(?:permanent|full[- ]time))?\s+(?:role|position|job|opportunity)\b/i,
  ],
  ['temporary', /\b(?:is an?|this|the)\s+temporary\s+(?:role|position|job)\b/i],
];

/** A short header or label line that is only an employment type, or a prose statement of one. */
export function findEmploymentType(
  labelValues: readonly string[],
  headerParts: readonly string[],
  text: string,
): EmploymentType | null {
  for (const value of labelValues) {
    const type = employmentTypeFromLabel(value);
    if (type) return type;
  }
  for (const part of headerParts) {
    if (part.length > 40) continue;
    if (
      /^(?:full[- ]?time|part[- ]?time|permanent|contract|contractor|temporary|internship|freelance|fixed[- ]term(?: contract)?|contract to hire|vollzeit|teilzeit|seasonal)(?:\s*\(.*\))?$/i.test(
        part.trim(),
      )
    ) {
      return employmentTypeFromLabel(part);
    }
  }
  for (const [type, pattern] of PROSE_PATTERNS) if (pattern.test(text)) return type;
  return null;
}
