import type { Location, Workplace } from '../model/posting.ts';
import { mergeLocations } from './location-list.ts';
import { findStatedLocations } from './locations.ts';
import { metroOf } from './metro.ts';
import { placeContextOf } from './place-context.ts';
import { readPlaceLine } from './place-line.ts';
import type { PlaceContext } from './resolve-place.ts';

/**
 * Where a posting's role is, from every place the page states it: a Location label, the header's parts,
 * places after the title, a location section, and sentences such as "based in …". The page's currency,
 * board and links are the evidence for ambiguous names, and so are the posting's other places: each
 * statement is read twice, the second time knowing the countries the others named.
 */

export interface PostingPlaceInputs {
  /** Every Location label's value (the first is the main one). */
  locationLabels: readonly string[];
  /** Header parts other than the title and company. */
  headerParts: readonly string[];
  /** Places read from suffixes of the title ("Senior Engineer - London"). */
  titleLocations: readonly Location[];
  /** Short lines of a location section. */
  sectionPhrases: readonly string[];
  /** The page text after noise removal, for prose statements and the evidence. */
  body: string;
  /** The board, when the page's chrome or link named it. */
  board: string | null;
  /** The page's chrome (navigation, top card, footer) that noise removal took out of the body. */
  chrome?: string;
}

export interface PostingPlaces {
  locations: Location[];
  /** A workplace stated inside a place line ("New York, NY (Remote)", "Berlin, Germany (Hybrid)"). */
  workplace: Workplace | null;
  context: PlaceContext;
}

export function readPostingPlaces(inputs: PostingPlaceInputs): PostingPlaces {
  const chrome = inputs.chrome ?? '';
  const base = placeContextOf(`${chrome}\n${inputs.body}`, inputs.board);
  const read = (context: PlaceContext) => {
    const labels = inputs.locationLabels.map((value) => readPlaceLine(value, context, 'label'));
    const header = inputs.headerParts.map((part) => readPlaceLine(part, context, 'header'));
    const section = inputs.sectionPhrases.map((phrase) => readPlaceLine(phrase, context, 'label'));
    return { labels, header, section };
  };
  const first = read(base);
  const stated = [...first.labels, ...first.header, ...first.section].flatMap((line) => line.locations);
  // Countries the page states plainly (a country, or a place written with its region or country) are
  // evidence for the names it leaves bare.
  const countries = [...stated, ...inputs.titleLocations]
    .filter((location) => location.city === null || location.raw.includes(','))
    .map((location) => location.country)
    .filter((country): country is string => country !== null);
  const context: PlaceContext = {
    ...base,
    countryHints: [...(base.countryHints ?? []), ...countries],
  };
  const second = countries.length > 0 ? read(context) : first;
  const labelled = mergeLocations([
    ...second.labels.map((line) => line.locations),
    ...second.header.map((line) => line.locations),
    inputs.titleLocations,
    ...second.section.map((line) => line.locations),
  ]);
  // Prose can add a city the header left out ("based in New York or Boston"); a region or country it
  // mentions ("anywhere in Europe") is a vaguer restatement of a place the header already gave.
  const prose = findStatedLocations(inputs.body, context);
  // Last, a top card that noise removal set aside with the chrome ("Staff Pharmacist / London, ON / Save"),
  // read as strictly as a header.
  const fromChrome =
    labelled.length === 0 && prose.length === 0 ? findStatedLocations(chrome, context, 'header') : [];
  const locations =
    labelled.length === 0
      ? mergeLocations([prose, fromChrome])
      : mergeLocations([
          labelled,
          prose.filter((location) => location.city !== null && !nearAny(location, labelled)),
        ]);
  const workplace =
    [...second.labels, ...second.header, ...second.section].find((line) => line.workplace !== null)
      ?.workplace ?? null;
  return { locations, workplace, context };
}

/** A prose town in the metro of a place the page states ("Office in Box Hill" under "Melbourne VIC"). */
function nearAny(location: Location, stated: readonly Location[]): boolean {
  if (location.city === null) return false;
  const metro = metroOf(location.city, location.country);
  return stated.some(
    (other) =>
      other.country === location.country &&
      other.city !== null &&
      (other.city === metro || metroOf(other.city, other.country) === location.city),
  );
}
