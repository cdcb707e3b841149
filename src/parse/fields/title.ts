/**
 * The job title: from the page's title line, or, when a copied page starts straight with prose, from the
 * sentence that names the role ("This ML Manager will focus on…", "We are now looking for a … Manager").
 * A post with no title line ("We're hiring Python and Go developers") is titled by the roles it names.
 */

import { PLURAL_ROLE_NOUNS, ROLE_NOUN_FORMS, ROLE_NOUNS } from './role-nouns.ts';

// Title lines name one role in the singular; a plural on a line is usually a name ("Fernhill Dental
// Partners", "Marlow & Tate Bakers"). Plurals count in sentences, read by isRoleNoun.
const TITLE_NOUNS = [...ROLE_NOUNS, 'engineers', 'developers'];
// "Co-operative" names a business, not an operative.
const ROLE_WORD = new RegExp(`\\b(?<!co-)(?:${TITLE_NOUNS.map(escapeRegex).join('|')})\\b`, 'i');
const ROLE_FORMS: ReadonlySet<string> = new Set(ROLE_NOUN_FORMS);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A single word (any case, trailing punctuation ignored) that names a role: "engineers", "Chef". */
export function isRoleNoun(word: string): boolean {
  return ROLE_FORMS.has(word.toLowerCase().replace(/[^a-z-]+$/, ''));
}

/** "Summer 2027 Software Engineering Interns": the last word names a role, singular or plural. */
export function endsWithRoleNoun(text: string): boolean {
  const words = text
    .replace(/\s*\([^()]*\)$/, '')
    .trim()
    .split(/\s+/);
  return isRoleNoun(words[words.length - 1] ?? '');
}

export function hasRoleWord(text: string): boolean {
  return ROLE_WORD.test(text);
}

/** A line that can be a title: short, names a role, and is not a sentence. */
export function looksLikeTitle(line: string): boolean {
  const clean = line.replace(/^(?:job title|title|position|role)\s*:\s*/i, '');
  // Long titles are real ("… Award Winning Restaurant  Excellent Tips", 120+ characters): kept whole here and
  // shortened only where they are shown.
  if (clean.length < 3 || clean.length > 200) return false;
  // "… IMMEDIATE START!!": boards' titles shout; a sentence ends in a full stop or a question.
  if (/[.?]$/.test(clean) && !/\b(?:Sr|Jr)\.$/.test(clean)) return false;
  if (/!$/.test(clean) && clean !== clean.toUpperCase()) return false;
  if (clean.startsWith('- ')) return false;
  if (clean.split(' ').length > 28) return false;
  if (/\b(?:you|we|our|will|is|are)\b/i.test(clean)) return false;
  return hasRoleWord(clean);
}

/** Stands in for a space inside brackets while a line is split, so "(Tuas / $2,400 - $2,800)" stays whole. */
export const HELD_SPACE = '\u0000';

/** The line with every space inside balanced brackets replaced by HELD_SPACE (unbalanced: unchanged). */
export function holdBracketedSpaces(line: string): string {
  let depth = 0;
  let out = '';
  for (const char of line) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    out += depth > 0 && char === ' ' ? HELD_SPACE : char;
  }
  return depth === 0 ? out : line;
}

export interface TitleParts {
  title: string;
  /** Parts after the title (" - Personalization", " | Acme", " at Acme"), in order. */
  suffixes: string[];
  /** The company named by "at Company" in the line. */
  atCompany: string | null;
}

/** Splits "Title - Team Company", "Title | Company", "Title at Company" into the title and what followed it. */
export function splitTitleLine(line: string): TitleParts {
  let clean = line.replace(/^(?:job title|title|position|role)\s*:\s*/i, '').trim();
  let atCompany: string | null = null;
  const at = /^(.*?\S)\s+(?:at|@)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})$/.exec(clean);
  if (at && hasRoleWord(at[1] ?? '')) {
    clean = at[1]!;
    atCompany = at[2]!;
  }
  const held = clean.includes('(') ? holdBracketedSpaces(clean) : clean;
  const parts = held
    .split(/\s+[-|·•]\s+|\s+\|\s*|\s*\|\s+/)
    .map((part) => (held === clean ? part : part.replaceAll(HELD_SPACE, ' ')).trim());
  const roleIndex = parts.findIndex((part) => hasRoleWord(part));
  const titleIndex = Math.max(roleIndex, 0);
  const title = parts[titleIndex]!;
  const suffixes = parts.filter((part, i) => i !== titleIndex && part !== '');
  return { title, suffixes, atCompany };
}

const TITLE_WORD = "(?:[A-Z][\\w/+&.'-]*|of|and|&|for|in)";
const TITLE_PHRASE = `(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,7})`;
// Global for matchAll, which works on a copy, so sharing them between calls is safe.
const DESCRIPTIVE_PATTERNS = [
  new RegExp(
    `\\b(?:This|The)\\s+${TITLE_PHRASE}\\s+(?:will|is responsible|role|position|leads|owns|works)\\b`,
    'g',
  ),
  new RegExp(`\\b(?:As an?|As the|As our)\\s+${TITLE_PHRASE}\\s*,`, 'g'),
  new RegExp(`\\b(?:role|position|job) of\\s+(?:an?\\s+|the\\s+)?${TITLE_PHRASE}`, 'g'),
  new RegExp(`\\bjoin (?:us|our team|the team) as (?:an?|our)\\s+${TITLE_PHRASE}`, 'g'),
];

/** Phrases after which a sentence names whom it is hiring: "we are looking for two polyglot programmers". */
const HIRING_CUE =
  /\b(?:looking for|looking to hire|looking to add|hiring(?: for)?|seeking|searching for|recruiting(?: for)?|need|needs|we want|in search of|openings? for|vacanc(?:y|ies) for)(\s*:)?\s+/gi;
/** Words between the cue and the role that say how many or how good, not what ("two", "talented"). */
const FILLERS = new Set(
  'a an the one two three four five six several multiple some many more few couple of our next first additional new experienced talented passionate motivated skilled exceptional great strong amazing awesome brilliant smart curious friendly ambitious driven enthusiastic dedicated hardworking hard-working excellent outstanding world-class top'.split(
    ' ',
  ),
);
/** Quantities and articles: after one of these a singular noun is a hire ("a manager"), not a compound ("hiring manager"). */
const COUNTED = new Set(
  'a an one two three four five six several multiple some many more few couple our additional'.split(' '),
);
/** Words that end the phrase naming the role: what follows is what the role does or where it is. */
const PHRASE_STOPS = new Set(
  "to who that which with in at on from based for across into who'll who will we you our their this remote onsite on-site hybrid in-house immediately asap now today urgently".split(
    ' ',
  ),
);
const SEPARATORS = new Set(['and', 'or', '&', '/', 'plus']);
/** Lower-case words of a title that stay lower case ("Chef de Partie", "Head of Data"). */
const SMALL_WORDS = new Set('and or of for the de la le du des der und in to on at with a an'.split(' '));
/** The most hiring cues read from one text: enough for any comment, bounded for any input. */
const MAX_CUES = 20;
const PHRASE_WINDOW = 12;
export const MAX_LISTED_ROLES = 3;

/** "polyglot programmers" -> "Polyglot Programmers"; "iOS", "Go", "ML" keep their own case. */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) =>
      /^[a-z][a-z0-9'-]*$/.test(word) && (i === 0 || !SMALL_WORDS.has(word))
        ? word[0]!.toUpperCase() + word.slice(1)
        : word,
    )
    .join(' ');
}

/** The roles named right after one hiring cue, read word by word up to the first word that ends the phrase. */
function rolesAfterCue(text: string, from: number, explicit: boolean): string[] {
  const tokens = text.slice(from, from + 160).split(/\s+/, PHRASE_WINDOW);
  const roles: string[] = [];
  let current: string[] = [];
  let counted = explicit;
  let lastRole = -1;
  const close = () => {
    // "Head of Data", "Director of Engineering": the words after "of" belong to the role.
    const end = current[lastRole + 1]?.toLowerCase() === 'of' ? current.length : lastRole + 1;
    if (lastRole >= 0) roles.push(current.slice(0, end).join(' '));
    current = [];
    lastRole = -1;
  };
  for (const token of tokens) {
    const word = token.replace(/^["'(]+/, '').replace(/[,;:.!?)"']+$/, '');
    const lower = word.toLowerCase();
    const endsClause = /[;:.!?)]["']?$/.test(token) && !/^(?:sr|jr)\.$/i.test(token);
    if (word === '') break;
    if (PHRASE_STOPS.has(lower)) break;
    if (current.length === 0 && (FILLERS.has(lower) || /^\d+$/.test(lower))) {
      if (COUNTED.has(lower) || /^\d+$/.test(lower)) counted = true;
      continue;
    }
    if (SEPARATORS.has(lower)) {
      // "Python and Go developers" shares one noun; "engineers and a designer" lists two roles.
      if (lastRole === current.length - 1 && lastRole >= 0) close();
      else if (current.length > 0) current.push(word);
      continue;
    }
    if (!/^[\p{L}\p{N}][\p{L}\p{N}+#./-]*$/u.test(word)) break;
    current.push(word);
    if (isRoleNoun(word)) lastRole = current.length - 1;
    if (endsClause) break;
    if (token.endsWith(',') && lastRole === current.length - 1) close();
  }
  close();
  // "hiring manager", "seeking support": a bare singular right after the cue is a compound, not a hire.
  return roles.filter((role) => {
    const words = role.split(' ');
    const last = words[words.length - 1]!.toLowerCase();
    return words.length <= 6 && (counted || PLURAL_ROLE_NOUNS.has(last) || /^[A-Z]/.test(words[0]!));
  });
}

/** Every role the text says it is hiring for, in order, each once ("Backend Engineers", "iOS Engineers"). */
export function rolesFromHiringProse(text: string): { roles: string[]; index: number } {
  const roles: string[] = [];
  const seen = new Set<string>();
  let index = -1;
  let cues = 0;
  for (const match of text.matchAll(HIRING_CUE)) {
    if (++cues > MAX_CUES) break;
    for (const role of rolesAfterCue(text, match.index + match[0].length, match[1] !== undefined)) {
      const key = role.toLowerCase().replace(/s$/, '');
      if ([...seen].some((other) => other.endsWith(key))) continue;
      seen.add(key);
      roles.push(titleCase(role));
      if (index < 0) index = match.index;
    }
  }
  return { roles, index };
}

/** A line that introduces a list of openings: "We're hiring for:", "Open roles:", "Positions:". */
const LIST_INTRO =
  /(?:\bhiring\b|\blooking for\b|\broles?\b|\bpositions?\b|\bopenings?\b|\bvacancies\b).*:$/i;

/** The roles in a bullet list that a line announces as openings ("We're hiring for:" then "- iOS Engineer"). */
export function rolesFromOpeningsList(lines: readonly string[]): string[] {
  const roles: string[] = [];
  let inList = false;
  for (const line of lines) {
    if (line === '') continue;
    if (!line.startsWith('- ')) {
      inList = LIST_INTRO.test(line);
      continue;
    }
    if (!inList) continue;
    // "- Senior Backend Engineer (Go, Postgres) - Remote": the role is the part before its details.
    const head = line
      .slice(2)
      .split(/\s+[-|–]\s+|\s*[(:,]\s*/)[0]!
      .trim();
    if (head.split(' ').length <= 7 && /^(?:[\p{Lu}\p{N}]|[a-z]+[A-Z])/u.test(head) && looksLikeTitle(head))
      roles.push(head);
  }
  return roles;
}

/**
 * One title for a post that names several roles (the project's choice: one posting listing them):
 * "Backend Engineers and iOS Engineers"; past three, "A, B, C and 2 more roles".
 */
export function listRoles(roles: readonly string[]): string | null {
  if (roles.length === 0) return null;
  if (roles.length === 1) return roles[0]!;
  if (roles.length <= MAX_LISTED_ROLES)
    return `${roles.slice(0, -1).join(', ')} and ${roles[roles.length - 1]}`;
  const more = roles.length - MAX_LISTED_ROLES;
  return `${roles.slice(0, MAX_LISTED_ROLES).join(', ')} and ${more} more role${more === 1 ? '' : 's'}`;
}

/** Trims a captured phrase back to the last word that names a role. */
function trimToRole(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let end = words.length; end > 0; end--) {
    const last = words[end - 1]!;
    if (ROLE_WORD.test(last) && /^[A-Z]/.test(last)) {
      const title = words.slice(0, end).join(' ');
      return /^[A-Z]/.test(title) ? title : null;
    }
  }
  return null;
}

/**
 * The title a prose posting gives itself, or null: the roles its hiring sentences name (listed when there are
 * several), or a sentence that names the role ("This ML Manager will…"). The earliest mention wins.
 */
export function inferTitleFromProse(text: string): string | null {
  let best: { index: number; title: string } | null = null;
  for (const pattern of DESCRIPTIVE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const title = trimToRole(match[1] ?? '');
      if (title && (best === null || match.index < best.index)) best = { index: match.index, title };
    }
  }
  const hiring = rolesFromHiringProse(text);
  const listed = listRoles(hiring.roles);
  if (listed !== null && (best === null || hiring.index <= best.index)) return listed;
  return best?.title ?? null;
}
