import type { Posting, PostingSource, Salary } from '../model/posting.ts';
import { mergeLocations } from '../places/location-list.ts';
import { normaliseForId } from './posting-id.ts';

/**
 * Joins the same posting saved from several boards into one that lists every source. Two postings are the
 * same when company and title match and their texts are near-identical; two different roles that share a
 * title stay apart because their texts differ.
 *
 * The same role advertised in two cities (one text, "London" on one page and "Manchester" on the other)
 * becomes one role listing both places: no place is dropped. When the two pages state different pay, they
 * are two roles, one per place, and stay apart, so neither city is shown the other's salary.
 */

export const SAME_TEXT_JACCARD = 0.8;
const SHINGLE_WORDS = 5;

function shingles(text: string): Set<string> {
  const words = normaliseForId(text).split(' ');
  const out = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The role's own words, without the header and labels that differ from board to board. */
function comparableText(posting: Posting): string {
  const { about, responsibilities, qualifications, benefits } = posting.sections;
  const sectionText = [about, ...responsibilities, ...qualifications, ...benefits].join(' ');
  return sectionText.trim() === '' ? posting.text : sectionText;
}

/** How much a posting tells a reader: filled fields first, then length of text. */
function richness(posting: Posting): number {
  const filled = [
    posting.company,
    posting.team,
    posting.workplace,
    posting.salary,
    posting.employmentType,
    posting.seniority,
    posting.postedAt,
  ].filter((value) => value !== null).length;
  return (
    filled * 1_000_000 +
    posting.locations.length * 100_000 +
    (posting.truncated ? 0 : 50_000) +
    posting.text.length
  );
}

function sameSource(a: PostingSource, b: PostingSource): boolean {
  return a.path === b.path;
}

function mergeGroup(group: Posting[]): Posting {
  const ranked = [...group].sort(
    (a, b) => richness(b) - richness(a) || a.source.path.localeCompare(b.source.path),
  );
  const base = ranked[0]!;
  const sources: PostingSource[] = [];
  for (const posting of ranked) {
    for (const source of posting.sources)
      if (!sources.some((seen) => sameSource(seen, source))) sources.push(source);
  }
  const pick = <K extends keyof Posting>(key: K): Posting[K] =>
    ranked.map((posting) => posting[key]).find((value) => value !== null) ?? base[key];
  const longest = <T>(lists: T[][]): T[] =>
    lists.reduce((best, list) => (list.length > best.length ? list : best), []);
  return {
    ...base,
    company: pick('company'),
    team: pick('team'),
    workplace: pick('workplace'),
    salary: pick('salary'),
    employmentType: pick('employmentType'),
    seniority: pick('seniority'),
    postedAt: pick('postedAt'),
    ...validThroughOf(ranked),
    locations: mergeLocations(ranked.map((posting) => posting.locations)),
    skills: longest(ranked.map((posting) => posting.skills)),
    truncated: ranked.every((posting) => posting.truncated),
    source: base.source,
    sources,
  };
}

function validThroughOf(ranked: readonly Posting[]): { validThrough?: string } {
  const validThrough = ranked.map((posting) => posting.validThrough).find((date) => date !== undefined);
  return validThrough === undefined ? {} : { validThrough };
}

function samePay(a: Salary | null, b: Salary | null): boolean {
  if (a === null || b === null) return true;
  return a.currency === b.currency && a.period === b.period && a.min === b.min && a.max === b.max;
}

const shingleCache = new WeakMap<Posting, Set<string>>();

function shinglesOf(posting: Posting): Set<string> {
  let cached = shingleCache.get(posting);
  if (!cached) {
    cached = shingles(comparableText(posting));
    shingleCache.set(posting, cached);
  }
  return cached;
}

function titleKey(posting: Posting): string {
  return `${normaliseForId(posting.company ?? '')}|${normaliseForId(posting.title)}`;
}

export function isSamePosting(a: Posting, b: Posting): boolean {
  if (a.id === b.id) return true;
  if (titleKey(a) !== titleKey(b) || !samePay(a.salary, b.salary)) return false;
  return jaccard(shinglesOf(a), shinglesOf(b)) >= SAME_TEXT_JACCARD;
}

/** Postings in input order, each group of duplicates folded into one at the place of its first member. */
export function mergeDuplicates(postings: Posting[]): Posting[] {
  const groups: Posting[][] = [];
  // Only postings with the same company and title can be duplicates, so compare within those buckets.
  const byTitle = new Map<string, Posting[][]>();
  for (const posting of postings) {
    const key = titleKey(posting);
    const candidates = byTitle.get(key) ?? [];
    const group = candidates.find((members) => members.some((other) => isSamePosting(other, posting)));
    if (group) {
      group.push(posting);
      continue;
    }
    const fresh = [posting];
    candidates.push(fresh);
    byTitle.set(key, candidates);
    groups.push(fresh);
  }
  return groups.map((group) => (group.length === 1 ? group[0]! : mergeGroup(group)));
}
