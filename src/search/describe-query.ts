import { queryParts } from './match.ts';
import type { ParsedQuery, SalaryFloor } from './parse-query.ts';

/** A short reading of the query for people: "senior · “ml engineer” · in London · remote · paying at least 200k". */
export function describeQuery(query: ParsedQuery): string {
  return queryParts(query)
    .map((part) => (part.kind === 'term' ? part.label.replace(/[“”]/g, '') : part.label))
    .join(' · ');
}

/** A floor as people typed it: "200k", "150k GBP", "900". */
export function describeSalaryFloor(floor: SalaryFloor): string {
  const figure = floor.amount >= 1_000 ? `${Math.round(floor.amount / 1_000)}k` : String(floor.amount);
  return floor.currency === null ? figure : `${figure} ${floor.currency}`;
}
