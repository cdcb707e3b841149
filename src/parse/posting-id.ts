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
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The first words of the role text: boards cut a posting's end at different places, rarely its start. */
const FINGERPRINT_WORDS = 60;

export function roleFingerprint(roleText: string): string {
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
