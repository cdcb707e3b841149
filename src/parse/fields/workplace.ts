import type { Workplace } from '../../model/posting.ts';

/**
 * Remote, hybrid or on-site. Explicit words decide ("Hybrid" in the header, "this is a fully remote role").
 * Softer phrasing, such as flexibility to work from home with some in-person meetings, is trusted only
 * inside a section about where the work happens ("Where You'll Be", "Location"): there it is the
 * employer's statement of the arrangement, while the same sentence loose in a page whose headings were
 * lost cannot be told apart from culture copy pasted under every posting at the company.
 */

/**
 * What boards print in other languages or as a short fact: StepStone's "Teilweise Home-Office", Welcome to
 * the Jungle's "Télétravail fréquent", Reed's "Home-based", "site-based". Checked before the English words.
 */
const BOARD_WORDS: [Workplace, RegExp][] = [
  [
    'hybrid',
    /^(?:teilweise home[- ]office|hybrides? arbeiten|hybride?|télétravail (?:fréquent|occasionnel|partiel|possible)|travail hybride)$/,
  ],
  [
    'remote',
    /^(?:(?:100\s?% |vollständig )?home[- ]office|home[- ]based|télétravail (?:total|complet)|full remote|remote only)$/,
  ],
  ['onsite', /^(?:vor ort|präsenz|pas de télétravail|présentiel|sur site|site[- ]based|office[- ]based)$/],
];

/** A short fact line or header part in a board's own words, or null. */
export function workplaceFromBoardWords(value: string): Workplace | null {
  const key = value
    .toLowerCase()
    .replace(/^\(|\)$/g, '')
    .trim();
  for (const [workplace, pattern] of BOARD_WORDS) if (pattern.test(key)) return workplace;
  return null;
}

export function workplaceFromLabel(value: string): Workplace | null {
  const lower = value.toLowerCase();
  const board = workplaceFromBoardWords(lower);
  if (board) return board;
  if (/\bhybrid\b/.test(lower)) return 'hybrid';
  if (/\bremote\b|\btelecommute\b|\bwork from home\b|\bwfh\b/.test(lower)) return 'remote';
  if (/\bon-?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b/.test(lower)) return 'onsite';
  return null;
}

/** A header part or title suffix that is only a workplace word ("Remote", "Hybrid", "Remote (US)"). */
export function workplaceFromHeaderPart(part: string): Workplace | null {
  const board = workplaceFromBoardWords(part);
  if (board) return board;
  if (
    !/^(?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office|office[- ]based|in[- ]person)(?:\s*[-(,].*)?$/i.test(
      part.trim(),
    )
  ) {
    return null;
  }
  return workplaceFromLabel(part);
}

const EXPLICIT: [Workplace, RegExp][] = [
  [
    'hybrid',
    /\bhybrid (?:role|position|job|work(?:ing)?|model|schedule|set-?up|arrangement|policy|environment)\b|\b(?:is|be) hybrid\b|\b\d(?:-\d)? days (?:a|per|each) week (?:in|at) (?:the|our|an?) (?:office|studio|hub)\b/i,
  ],
  [
    'remote',
    /\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ]first\b|\b(?:this|the) (?:role|position|job) is (?:a )?(?:fully )?remote\b|\bremote (?:role|position|job|opportunity)\b|\bwork from anywhere\b/i,
  ],
  [
    'onsite',
    /\b(?:fully|100%) (?:on-?site|in[- ]office)\b|\bon-?site (?:role|position|job)\b|\b(?:this|the) (?:role|position|job) is (?:fully )?(?:on-?site|office[- ]based|in[- ]office)\b|\b5 days (?:a|per) week (?:in|at) (?:the|our) office\b|\b(?:you will|you'll|interns) work on[- ]?site\b/i,
  ],
];

const DAYS = '(?:one|two|three|four|five|[1-5])';
const OFFICE_DAYS = new RegExp(
  `\\b${DAYS}(?:(?:-| to | or )${DAYS})? days? (?:a|per|each) week\\b|\\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays)\\b`,
  'i',
);

/** "We work from our office three days a week": a sentence that puts some, not all, days in the office. */
function officeDays(text: string): Workplace | null {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!/\b(?:office|on[- ]site|studio|in person|together)\b/i.test(sentence)) continue;
    const match = OFFICE_DAYS.exec(sentence);
    if (!match) continue;
    return /\b(?:five|5) days\b/i.test(match[0]) && !/(?:-| to | or )/.test(match[0]) ? 'onsite' : 'hybrid';
  }
  return null;
}

/** Statements only trusted under a heading about place. */
function fromLocationSection(text: string): Workplace | null {
  const lower = text.toLowerCase();
  // "you can be within the North America region": anywhere in a region means no office to come to.
  if (
    /\b(?:can|may) (?:be|work|live) (?:based )?(?:anywhere )?(?:within|in|from) (?:the )?[a-z ]+ region\b|\b(?:can|may) (?:be|work|live) anywhere\b/i.test(
      text,
    )
  ) {
    return 'remote';
  }
  const home = /\b(?:work(?:ing)? from home|remote(?:ly)?)\b/.test(lower);
  const office = /\bin[- ]person\b|\bin the office\b|\bfrom the office\b|\boffice days?\b/.test(lower);
  if (home && office) return 'hybrid';
  return null;
}

export interface WorkplaceInputs {
  labelValue: string | undefined;
  headerParts: readonly string[];
  /** A workplace written inside a place line ("New York, NY (Remote)", "Berlin, Germany (Hybrid)"). */
  besidePlace?: Workplace | null;
  locationSectionText: string;
  text: string;
}

export function findWorkplace(inputs: WorkplaceInputs): Workplace | null {
  if (inputs.labelValue) {
    const labelled = workplaceFromLabel(inputs.labelValue);
    if (labelled) return labelled;
  }
  for (const part of inputs.headerParts) {
    const found = workplaceFromHeaderPart(part);
    if (found) return found;
  }
  if (inputs.besidePlace) return inputs.besidePlace;
  const stated = earliestExplicit(inputs.locationSectionText);
  if (stated) return stated;
  const sectionRule = fromLocationSection(inputs.locationSectionText);
  if (sectionRule) return sectionRule;
  return earliestExplicit(inputs.text) ?? officeDays(inputs.text);
}

/** The explicit statement that comes first: later ones are usually hedges ("hybrid may be discussed"). */
function earliestExplicit(text: string): Workplace | null {
  let best: { index: number; workplace: Workplace } | null = null;
  for (const [workplace, pattern] of EXPLICIT) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, workplace };
  }
  return best?.workplace ?? null;
}
