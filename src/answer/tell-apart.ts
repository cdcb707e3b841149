import type { Posting } from '../model/posting.ts';

function placeOf(posting: Posting): string | null {
  const places = [...new Set(posting.locations.map((location) => location.city ?? location.raw))];
  return places.length > 0 ? places.join(' / ') : null;
}

/**
 * What tells apart roles that would otherwise read the same in one answer (same title, same company): their
 * place when that differs, else their team, else their id. Roles that need no telling apart are absent.
 */
export function tellApart(postings: readonly Posting[]): Map<string, string> {
  const byName = new Map<string, Posting[]>();
  for (const posting of postings) {
    const key = `${posting.title.toLowerCase()}\u0000${(posting.company ?? '').toLowerCase()}`;
    byName.set(key, [...(byName.get(key) ?? []), posting]);
  }
  const labels = new Map<string, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const places = same.map(placeOf);
    const teams = same.map((posting) => posting.team);
    const distinct = (values: (string | null)[]) =>
      values.every((value) => value !== null) && new Set(values).size === values.length;
    for (const [i, posting] of same.entries()) {
      const label = distinct(places)
        ? places[i]
        : distinct(teams)
          ? `${teams[i]} team`
          : [places[i], posting.team === null ? null : `${posting.team} team`].filter(Boolean).join(', ') ||
            posting.id;
      labels.set(posting.id, label ?? posting.id);
    }
  }
  return labels;
}
