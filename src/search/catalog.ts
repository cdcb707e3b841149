import MiniSearch from 'minisearch';
import { z } from 'zod';
import { Posting } from '../model/posting.ts';
import { INDEX_OPTIONS, type IndexDocument } from './index-options.ts';
import { type LocationKeys, locationIndexText, locationKeys, placeKey } from './location-keys.ts';
import { normalizePhrase } from './normalize-term.ts';
import { roleText } from './role-text.ts';

/** Bump when the snapshot layout or the index options change: an old snapshot is then rebuilt, not misread. */
export const SNAPSHOT_FORMAT_VERSION = 1;

/** What search needs about a posting beyond the text index, worked out once when the catalog is built. */
export interface PostingFacts {
  locations: LocationKeys;
  /** Normalised words of the title. */
  titleWords: ReadonlySet<string>;
  /**
   * Normalised words of the labels (title, team, company, skills, seniority, employment type, workplace):
   * what an exclusion such as `-manager` is checked against. Not the prose, which mentions everything.
   */
  labelWords: ReadonlySet<string>;
  /** placeKey of the company, or null. */
  company: string | null;
}

export interface Catalog {
  readonly postings: readonly Posting[];
  readonly byId: ReadonlyMap<string, Posting>;
  readonly index: MiniSearch<IndexDocument>;
  readonly facts: ReadonlyMap<string, PostingFacts>;
  /** Company names as written in postings, one per distinct company, sorted. */
  readonly companies: readonly string[];
  /** Company names by their lower-case key ("globex" -> "Globex"), for recognising a company in a query. */
  readonly companyKeys: ReadonlyMap<string, string>;
  /** Every place key any posting's locations carry (cities, regions, countries, wider areas), lower case. */
  readonly placeKeys: ReadonlySet<string>;
}

export function toIndexDocument(posting: Posting): IndexDocument {
  return {
    id: posting.id,
    title: posting.title,
    team: posting.team ?? '',
    company: posting.company ?? '',
    skills: posting.skills.join(' '),
    locations: locationIndexText(posting.locations),
    facets: [posting.workplace, posting.seniority, posting.employmentType]
      .filter((v) => v !== null)
      .join(' '),
    text: roleText(posting),
  };
}

function factsOf(posting: Posting): PostingFacts {
  const labels = [
    posting.title,
    posting.team ?? '',
    posting.company ?? '',
    ...posting.skills,
    posting.seniority ?? '',
    posting.employmentType ?? '',
    posting.workplace ?? '',
  ].join(' ');
  return {
    locations: locationKeys(posting.locations),
    titleWords: new Set(normalizePhrase(posting.title)),
    labelWords: new Set(normalizePhrase(labels)),
    company: posting.company === null ? null : placeKey(posting.company),
  };
}

function assemble(postings: readonly Posting[], index: MiniSearch<IndexDocument>): Catalog {
  const byId = new Map<string, Posting>();
  const facts = new Map<string, PostingFacts>();
  const companies = new Set<string>();
  const placeKeys = new Set<string>();
  for (const posting of postings) {
    byId.set(posting.id, posting);
    const postingFacts = factsOf(posting);
    facts.set(posting.id, postingFacts);
    for (const key of postingFacts.locations.within) placeKeys.add(key);
    if (posting.company !== null) companies.add(posting.company);
  }
  const sortedCompanies = [...companies].sort((a, b) => a.localeCompare(b));
  const companyKeys = new Map(sortedCompanies.map((company) => [placeKey(company), company]));
  return { postings, byId, index, facts, companies: sortedCompanies, companyKeys, placeKeys };
}

/** Indexes the postings. Later postings with an id already seen are ignored (ids are unique after merging). */
export function buildCatalog(postings: readonly Posting[]): Catalog {
  const seen = new Set<string>();
  const unique = postings.filter((posting) => !seen.has(posting.id) && seen.add(posting.id));
  const index = new MiniSearch<IndexDocument>(INDEX_OPTIONS);
  index.addAll(unique.map(toIndexDocument));
  return assemble(unique, index);
}

const Snapshot = z.object({
  format: z.literal('roles-catalog'),
  version: z.number().int(),
  postings: z.array(z.unknown()),
  index: z.record(z.string(), z.unknown()),
});

/**
 * The catalog as one JSON string. Throws CatalogSnapshotError when it is too big for one JavaScript string
 * (about 512 MB: roughly 70,000 postings of 500 words), so callers can log it and simply rebuild at start.
 */
export function catalogToSnapshot(catalog: Catalog): string {
  try {
    return JSON.stringify({
      format: 'roles-catalog',
      version: SNAPSHOT_FORMAT_VERSION,
      postings: catalog.postings,
      index: catalog.index.toJSON(),
    });
  } catch (cause) {
    throw new CatalogSnapshotError(`${catalog.postings.length} postings are too many for one snapshot`, {
      cause,
    });
  }
}

export class CatalogSnapshotError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Catalog snapshot: ${message}`, options);
    this.name = 'CatalogSnapshotError';
  }
}

/** Restores a catalog saved by `catalogToSnapshot`. Throws CatalogSnapshotError on anything invalid. */
export function catalogFromSnapshot(json: string): Catalog {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new CatalogSnapshotError('not valid JSON', { cause });
  }
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success) throw new CatalogSnapshotError('not a catalog snapshot', { cause: parsed.error });
  if (parsed.data.version !== SNAPSHOT_FORMAT_VERSION) {
    throw new CatalogSnapshotError(
      `format version ${parsed.data.version} is not the supported version ${SNAPSHOT_FORMAT_VERSION}`,
    );
  }
  const postings: Posting[] = [];
  for (const [position, candidate] of parsed.data.postings.entries()) {
    const posting = Posting.safeParse(candidate);
    if (!posting.success) {
      throw new CatalogSnapshotError(
        `posting ${position} is invalid: ${posting.error.issues[0]?.message ?? ''}`,
        {
          cause: posting.error,
        },
      );
    }
    postings.push(posting.data);
  }
  let index: MiniSearch<IndexDocument>;
  try {
    index = MiniSearch.loadJS<IndexDocument>(parsed.data.index as never, INDEX_OPTIONS);
  } catch (cause) {
    throw new CatalogSnapshotError('the search index is damaged', { cause });
  }
  if (index.documentCount !== postings.length || postings.some((posting) => !index.has(posting.id))) {
    throw new CatalogSnapshotError('the search index does not match the postings');
  }
  return assemble(postings, index);
}
