import { readFileSync } from 'node:fs';

/**
 * A saved page from `seeds/` cut where the board's "Similar jobs" list begins, as the page-noise step would
 * leave it, so a test of one reader starts from the posting's own text.
 */
export function seedText(name: string): string {
  const text = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const noise = text.indexOf('Similar jobs');
  return noise === -1 ? text : text.slice(0, noise);
}
