/**
 * The job title: from the page's title line, or, when a copied page starts straight with prose, from the
 * sentence that names the role ("This ML Manager will focus on…", "We are now looking for a … Manager").
 */

/** Nouns a job title ends with or contains; a line without one is not a title. */
const ROLE_WORDS = [
  'engineer',
  'engineers',
  'developer',
  'manager',
  'scientist',
  'designer',
  'analyst',
  'architect',
  'lead',
  'director',
  'head',
  'intern',
  'internship',
  'researcher',
  'specialist',
  'consultant',
  'administrator',
  'officer',
  'coordinator',
  'recruiter',
  'writer',
  'editor',
  'accountant',
  'associate',
  'representative',
  'technician',
  'programmer',
  'strategist',
  'advocate',
  'owner',
  'executive',
  'vp',
  'president',
  'tester',
  'operator',
  'assistant',
  'producer',
  'marketer',
  'sourcer',
  'counsel',
  'attorney',
  'nurse',
  'teacher',
  'instructor',
  'trainee',
  'apprentice',
  'fellow',
  'sre',
  'dba',
  'evangelist',
  'agent',
  'controller',
  'auditor',
  'planner',
  'buyer',
  'partner',
  'principal',
  'graduate',
  'co-op',
  'expert',
  'cto',
  'ceo',
  'cfo',
  'coach',
  'investigator',
  'chemist',
  'economist',
  'statistician',
  'support',
];
const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'i');

export function hasRoleWord(text: string): boolean {
  return ROLE_WORD.test(text);
}

/** A line that can be a title: short, names a role, and is not a sentence. */
export function looksLikeTitle(line: string): boolean {
  const clean = line.replace(/^(?:job title|title|position|role)\s*:\s*/i, '');
  if (clean.length < 3 || clean.length > 120) return false;
  if (/[.!?]$/.test(clean) && !/\b(?:Sr|Jr)\.$/.test(clean)) return false;
  if (clean.startsWith('- ')) return false;
  if (clean.split(' ').length > 14) return false;
  if (/\b(?:you|we|our|will|is|are)\b/i.test(clean)) return false;
  return hasRoleWord(clean);
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
  const parts = clean.split(/\s+[-|·•]\s+|\s+\|\s*|\s*\|\s+/).map((part) => part.trim());
  const roleIndex = parts.findIndex((part) => hasRoleWord(part));
  const titleIndex = Math.max(roleIndex, 0);
  const title = parts[titleIndex]!;
  const suffixes = parts.filter((part, i) => i !== titleIndex && part !== '');
  return { title, suffixes, atCompany };
}

const TITLE_WORD = "(?:[A-Z][\\w/+&.'-]*|of|and|&|for|in)";
const TITLE_PHRASE = `(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,7})`;
// Global for matchAll, which works on a copy, so sharing them between calls is safe.
const PROSE_TITLE_PATTERNS = [
  new RegExp(
    `\\b(?:looking for|hiring|seeking|searching for|recruiting|looking to hire|looking to add)\\s+(?:an?|our(?: next| first)?|one|two|several)\\s+(?:experienced\\s+|talented\\s+|passionate\\s+)?${TITLE_PHRASE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:This|The)\\s+${TITLE_PHRASE}\\s+(?:will|is responsible|role|position|leads|owns|works)\\b`,
    'g',
  ),
  new RegExp(`\\b(?:As an?|As the|As our)\\s+${TITLE_PHRASE}\\s*,`, 'g'),
  new RegExp(`\\b(?:role|position|job) of\\s+(?:an?\\s+|the\\s+)?${TITLE_PHRASE}`, 'g'),
  new RegExp(`\\bjoin (?:us|our team|the team) as (?:an?|our)\\s+${TITLE_PHRASE}`, 'g'),
];

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

/** The title a prose posting gives itself, or null. The earliest mention in the text wins. */
export function inferTitleFromProse(text: string): string | null {
  let best: { index: number; title: string } | null = null;
  for (const pattern of PROSE_TITLE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const title = trimToRole(match[1] ?? '');
      if (title && (best === null || match.index < best.index)) best = { index: match.index, title };
    }
  }
  return best?.title ?? null;
}
