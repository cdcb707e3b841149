import type { ParsedQuery } from './parse-query.ts';

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
  if (query.salaryFloor !== null) {
    const { amount, currency } = query.salaryFloor;
    const figure = amount >= 1_000 ? `${Math.round(amount / 1_000)}k` : String(amount);
    parts.push(`paying at least ${figure}${currency === null ? '' : ` ${currency}`}`);
  }
  return parts.join(' · ');
}
