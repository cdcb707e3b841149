import type { ParsedQuery, SalaryFloor } from './parse-query.ts';

/** A short reading of the query for people: "senior · ml engineer · in London · remote · over 200k". */
export function describeQuery(query: ParsedQuery): string {
  const parts: string[] = [
    ...query.seniorities,
    ...query.employmentTypes,
    ...query.terms.map((term) => term.raw),
    ...query.companies.map((company) => `at ${company}`),
    ...(query.places.length > 0 ? [`in ${query.places.map((place) => place.name).join(' or ')}`] : []),
    ...query.workplaces,
    ...query.exclusions.map((term) => `not ${term.raw}`),
  ];
  if (query.salaryFloor !== null) parts.push(`paying at least ${describeSalaryFloor(query.salaryFloor)}`);
  return parts.join(' · ');
}

/** A floor as people typed it: "200k", "150k GBP", "900". */
export function describeSalaryFloor(floor: SalaryFloor): string {
  const figure = floor.amount >= 1_000 ? `${Math.round(floor.amount / 1_000)}k` : String(floor.amount);
  return floor.currency === null ? figure : `${figure} ${floor.currency}`;
}
