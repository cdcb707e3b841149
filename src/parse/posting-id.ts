import { createHash } from 'node:crypto';
import type { Location } from '../model/posting.ts';

/**
 * A posting's id: the same on every run and machine and whatever the file is called, the same for one
 * posting saved from two boards, and different for two roles that share a title (001 and 004 are both
 * "Senior Machine Learning Engineer - Personalization" at Spotify, in London and in North America).
 */

export interface IdInputs {
  company: string | null;
  title: string;
  team: string | null;
  locations: readonly Location[];
  /** The role's own words: its responsibilities and qualifications, else its about text. */
  roleText: string;
}

/** Lower case letters and digits only, single spaces: survives quotes, dashes and spacing that boards change. */
export function normaliseForId(text: string): string {
  const lower = text.toLowerCase();
  // Decomposing accents only matters for text outside ASCII, which most postings are not.
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
  return plain.replace(/[^a-z0-9]+/g, ' ').trim();
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** The first words of the role text: boards cut a posting's end at different places, rarely its start. */
const FINGERPRINT_WORDS = 60;

/**
 * Prefixes tried before the whole text: one that yields more words than the fingerprint needs gives the
 * same first words as the whole text (only its last, possibly cut, word differs), so the id is the same
 * either way, and normalising a whole page costs far more than its first few hundred characters.
 */
const FINGERPRINT_PREFIXES = [600, 3_000];

export function roleFingerprint(roleText: string): string {
  for (const length of FINGERPRINT_PREFIXES) {
    if (roleText.length <= length) break;
    const words = normaliseForId(roleText.slice(0, length)).split(' ');
    if (words.length > FINGERPRINT_WORDS) return words.slice(0, FINGERPRINT_WORDS).join(' ');
  }
  return normaliseForId(roleText).split(' ').slice(0, FINGERPRINT_WORDS).join(' ');
}

export function locationKey(location: Location): string {
  return normaliseForId(location.city ?? location.region ?? location.country ?? location.raw);
}

export function postingId(inputs: IdInputs): string {
  const places = [...new Set(inputs.locations.map(locationKey))].sort();
  const key = [
    normaliseForId(inputs.company ?? ''),
    normaliseForId(inputs.title),
    normaliseForId(inputs.team ?? ''),
    places.join(','),
    roleFingerprint(inputs.roleText),
  ].join('|');
  const digest = createHash('sha256').update(key).digest();
  // 8 base-36 characters from the first 40 bits: ample for a workspace's few thousand postings.
  return (digest.readUIntBE(0, 5) % 36 ** 8).toString(36).padStart(8, '0');
}
