import type { EmploymentType } from '../../model/posting.ts';

/**
 * The employment type from the words boards print for it, in the languages of the boards we read
 * ("Full-time", "Permanent", "Contract/Temp", "Casual/Vacation", "Vollzeit", "Festanstellung", "CDI",
 * "CDD", "Werkstudent"), or from prose that states it outright ("This is a full-time position").
 *
 * Decisions, where a board's word maps onto more than one of our types:
 * - **Casual** (Australia, New Zealand: no guaranteed hours, paid by the hour, ongoing) is `part-time`:
 *   it is ongoing work for fewer or irregular hours, which is what someone filtering for part-time wants;
 *   `temporary` is kept for work with an end date.
 * - **Fixed term** and **CDD** (contrat à durée déterminée), **befristet**: `temporary`. They are employees
 *   hired until a date, not contractors billing a rate; "Contract" alone stays `contract`.
 * - **Permanent**, **CDI**, **Festanstellung**, **unbefristet**: `full-time`, unless the same value also
 *   says part-time ("Permanent, Part time" is `part-time`).
 * - **Werkstudent**, working student, apprenticeship, alternance: `internship`.
 * When one value names several, the most specific wins: internship, contract, temporary, part-time, then
 * full-time ("Full time, Contract" is `contract`; "Contract/Temp" is `contract`).
 */

/** What a phrase says: a type, or only that the job is permanent (which reads as full-time when alone). */
type Reading = EmploymentType | 'permanent';

const SPECIFICITY: Reading[] = ['internship', 'contract', 'temporary', 'part-time', 'full-time', 'permanent'];

/** Phrases, longest first within a type, so "fixed-term contract" is read whole before "contract". */
const PHRASES: [Reading, string][] = [
  // SEEK's work type, one choice: casual work, or holiday work for students.
  ['part-time', String.raw`casual\s*/\s*vacation`],
  ['temporary', 'fixed[- ]term(?: contract)?|cdd|befristet|zeitarbeit|temp to perm|interim|intérim'],
  [
    'internship',
    'internships?|interns?|co-?op|working student|werkstudent(?:in)?|praktikum|placement year|apprenticeship|apprentice|alternance|stage|magang',
  ],
  [
    'contract',
    'contract[- ]to[- ](?:hire|perm)|contractor|contract|freelancer?|freiberuflich|consultancy|(?:outside|inside) ir35|kontrak',
  ],
  ['temporary', 'temporary|temp|seasonal|vacation'],
  [
    'part-time',
    'part[- ]?time|teilzeit|temps partiel|mi-temps|media jornada|tiempo parcial|deeltijd|paruh waktu|sambilan|casual',
  ],
  [
    'full-time',
    'full[- ]?time|full_time|fulltime|vollzeit|temps plein|temps complet|jornada completa|tiempo completo|voltijd|penuh waktu|sepenuh masa',
  ],
  ['permanent', 'permanent|regular|festanstellung|feste anstellung|unbefristet|cdi|tetap|indefinido'],
];

const ANY_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PHRASES.map(([, phrase]) => phrase).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const TYPE_OF = PHRASES.map(([type, phrase]): [Reading, RegExp] => [
  type,
  new RegExp(`^(?:${phrase})$`, 'i'),
]);

function typeOfPhrase(phrase: string): Reading | null {
  for (const [type, pattern] of TYPE_OF) if (pattern.test(phrase)) return type;
  return null;
}

/**
 * The most specific reading; null when the facts offer both hours ("Vollzeit, Teilzeit": either is
 * possible, so neither is the job's type).
 */
function mostSpecific(types: readonly Reading[]): EmploymentType | null {
  if (types.includes('full-time') && types.includes('part-time')) return null;
  for (const type of SPECIFICITY) if (types.includes(type)) return type === 'permanent' ? 'full-time' : type;
  return null;
}

/** The types a value names, read phrase by phrase. */
function typesIn(value: string): Reading[] {
  const types: Reading[] = [];
  for (const match of value.replace(/_/g, '-').matchAll(ANY_PHRASE)) {
    const type = typeOfPhrase(match[0]);
    if (type) types.push(type);
  }
  return types;
}

/** Reads a label value ("Full-time", "Permanent", "FULL_TIME", "Contract (6 months)"); null when it names none. */
export function employmentTypeFromLabel(value: string): EmploymentType | null {
  return mostSpecific(typesIn(value));
}

/** What may sit between type words on a line that is only a type: "Permanent, full-time", "Contract/Temp". */
const SEPARATORS =
  /[\s,/|·•+&()-]+|\b(?:or|and|oder|und|ou|et|o|y|position|role|job|poste|emploi|stelle|anstellung)\b/gi;
const MAX_TYPE_LINE = 40;

/** The readings of a short line that holds nothing else but types; none for any other line. */
function readingsOfLine(line: string): Reading[] {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_TYPE_LINE) return [];
  const withoutNote = trimmed.replace(/\s*\([^)]{0,30}\)\s*$/, '');
  const rest = withoutNote.replace(/_/g, '-').replace(ANY_PHRASE, ' ').replace(SEPARATORS, '');
  return rest === '' ? typesIn(withoutNote) : [];
}

/**
 * The type a short line states when it holds nothing else ("Full-time /", "Contract/Temp", "CDI",
 * "Permanent, full-time", "Contract (6 months)"); null for any other line.
 */
export function employmentTypeOfLine(line: string): EmploymentType | null {
  return mostSpecific(readingsOfLine(line));
}

/** A row of facts side by side ("Acme · Sydney NSW · Full time · $36.80 per hour"), split into its parts. */
const PART_SEPARATOR = /\s+[·|•]\s+/;

const PROSE_PATTERNS: [EmploymentType, RegExp][] = [
  ['internship', /\b(?:this is an?|this|the|our|paid|summer|\d+[- ](?:week|month))\s+internship\b/i],
  [
    'contract',
    /\b(?:this is an?|this|the)\s+(?:\d+[- ]month\s+|\d+[- ]week\s+|short[- ]term\s+|long[- ]term\s+|freelance\s+)?contract(?:or)?\s+(?:role|position|job|engagement|assignment)\b|\bday rate\b|\b(?:outside|inside) ir35\b|\bon an? (?:initial )?\d+[- ]month contract\b/i,
  ],
  [
    'temporary',
    /\b(?:is an?|this|the)\s+(?:temporary|fixed[- ]term)\s+(?:role|position|job|contract)\b|\b(?:on an?|this is an?)\s+(?:\d+[- ]month\s+)?fixed[- ]term contract\b/i,
  ],
  ['part-time', /\b(?:is an?|this|the)\s+part[- ]time\s+(?:role|position|job)\b/i],
  [
    'full-time',
    /\b(?:is an?|this|the)\s+(?:full[- ]time|permanent)\b[^.!?\n]{0,30}?\s(?:role|position|job|opportunity)\b/i,
  ],
  // A tag ("[FULL-TIME]" in a Hacker News post), or a line that opens with the type ("Full-time, Monday to Friday").
  ['internship', /[[(]interns?(?:hips?)?[\])]/i],
  ['contract', /[[(](?:contract|contractor|freelance)[\])]/i],
  ['part-time', /[[(]part[- ]?time[\])]|^part[- ]time(?:,| -| and)\s/im],
  ['full-time', /[[(]full[- ]?time[\])]|^(?:full[- ]time|permanent)(?:,| -| and)\s/im],
];

/** Role nouns after which "Contract" names the work, not the terms: a Contract Manager manages contracts. */
const CONTRACT_WORK =
  /\bcontracts?\s+(?:manager|management|administrator|administration|analyst|specialist|lawyer|attorney|negotiator|coordinator|officer|executive|assistant|director|lead|counsel|engineer(?:ing)? manager)\b/i;

/** A title that names its terms: "Software Engineering Interns", "Contract Rust Developer", "… in Teilzeit". */
function typeInTitle(title: string): EmploymentType | null {
  const types: Reading[] = typesIn(title.replace(CONTRACT_WORK, ' ')).filter(
    (type) => type !== 'full-time' && type !== 'permanent' && type !== 'temporary',
  );
  if (/\b(?:temporary|temp|fixed[- ]term)\b/i.test(title) && !/\btemp(?:late|erature)/i.test(title))
    types.push('temporary');
  return mostSpecific(types);
}

/**
 * The employment type from, in order of trust: a label's value, a header part that is only a type, the
 * title's own words ("Summer Interns", "Contract Rust Developer"), a line of the posting that is only a type (Lever's "Full-time /", StepStone's "Vollzeit", SEEK's
 * "Contract/Temp"), and a plain statement in the prose.
 */
export function findEmploymentType(
  labelValues: readonly string[],
  headerParts: readonly string[],
  text: string,
  title: string | null = null,
): EmploymentType | null {
  // Facts stated side by side ("Festanstellung" · "Teilzeit") describe one role together.
  const fromLabels = mostSpecific(labelValues.flatMap(typesIn));
  if (fromLabels) return fromLabels;
  const fromHeader = mostSpecific(headerParts.flatMap(readingsOfLine));
  if (fromHeader) return fromHeader;
  const fromTitle = title === null ? null : typeInTitle(title);
  if (fromTitle) return fromTitle;
  const lineReadings: Reading[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) continue;
    if (line.length <= MAX_TYPE_LINE) lineReadings.push(...readingsOfLine(line));
    else if (line.includes(' · ') || line.includes(' | '))
      for (const part of line.split(PART_SEPARATOR)) lineReadings.push(...readingsOfLine(part));
  }
  const fromLines = mostSpecific(lineReadings);
  if (fromLines) return fromLines;
  const fromTypeLabels = mostSpecific(typeLabelReadings(text));
  if (fromTypeLabels) return fromTypeLabels;
  for (const [type, pattern] of PROSE_PATTERNS) if (pattern.test(text)) return type;
  return mostSpecific([...text.matchAll(LIST_ITEM)].flatMap((match) => typesIn(match[1]!)));
}

/**
 * "Job Types: Full-time, Permanent" (Indeed and Glassdoor print the plural, which is no label of the
 * label scanner), "Vertragsart: Festanstellung", "Type de contrat : CDI": a type label whose value is
 * only types.
 */
const TYPE_LABEL =
  /^(?:job types?|employment types?|work types?|contract types?|position types?|vertragsart|anstellungsart|arbeitszeit|type de contrat|type d'emploi|type de poste|tipo de contrato|jornada)\s*:\s*(.{1,60})$/gim;

function typeLabelReadings(text: string): Reading[] {
  return [...text.matchAll(TYPE_LABEL)].flatMap((match) => readingsOfLine(match[1]!));
}

/** A type as one item of a list in prose: "Permanent, full-time, £45-55k", "(remote, EU time zones, full-time)". */
const LIST_ITEM =
  /(?:^|[,(;:]\s*)(full[- ]time|part[- ]time|permanent|contract|temporary|casual|internship)(?=\s*(?:[,;.)]|$))/gim;
