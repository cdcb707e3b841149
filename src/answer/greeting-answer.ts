import type { Catalog } from '../search/catalog.ts';
import type { GreetingAnswer } from './types.ts';

function mostCommonCity(catalog: Catalog): string | null {
  const tally = new Map<string, number>();
  for (const posting of catalog.postings) {
    for (const city of new Set(posting.locations.flatMap((location) => location.city ?? []))) {
      tally.set(city, (tally.get(city) ?? 0) + 1);
    }
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Three questions worth asking of this catalog: its commonest city, the best-paid role, what is new. */
export function greetingExamples(catalog: Catalog): string[] {
  const city = mostCommonCity(catalog);
  return [
    city === null ? 'which roles are remote?' : `which roles are in ${city}?`,
    'which role pays the most?',
    "what's new this week?",
  ];
}

/** "hi", "thanks!": a short friendly reply, never a search for the word "hi". */
export function greetingAnswer(
  question: string,
  mood: GreetingAnswer['mood'],
  catalog: Catalog,
): GreetingAnswer {
  return {
    kind: 'greeting',
    question,
    postings: [],
    notes: [],
    mood,
    examples: greetingExamples(catalog),
    total: catalog.postings.length,
  };
}
