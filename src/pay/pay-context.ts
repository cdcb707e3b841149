/**
 * What the pay reader needs to know about a posting beyond its text: the country its places agree on, so a
 * bare `$` in a Sydney posting reads as Australian dollars and "Salary: 20000 - 30000/annum" under a UK
 * location as pounds.
 */
export interface PayContext {
  /** ISO 3166-1 alpha-2 of the posting's places when they agree; null when they disagree or say none. */
  country: string | null;
  /**
   * Every country the posting's places name, first place first. A bare `$` needs less than agreement: it
   * is the dollar of the first place in a dollar country ("Toronto" beside a stray second place).
   */
  countries?: readonly string[];
}

export const NO_PAY_CONTEXT: PayContext = { country: null };

/** The pay reader's context from a posting's places. */
export function payContextOf(places: readonly { country: string | null }[]): PayContext {
  const countries = [...new Set(places.map((place) => place.country).filter((c) => c !== null))];
  return { country: countryOfPlaces(places), countries };
}

/** The one country a posting's places name, or null when they name none or several. */
export function countryOfPlaces(places: readonly { country: string | null }[]): string | null {
  let country: string | null = null;
  for (const place of places) {
    if (place.country === null) continue;
    if (country !== null && country !== place.country) return null;
    country = place.country;
  }
  return country;
}
