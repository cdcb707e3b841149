/**
 * Finds which skills a text names in one pass over its words, instead of one scan of the whole text
 * per skill. Each spelling's leading literal word ("python", "machine" of "machine learning", "c" of
 * "c++") is looked up, by hash, among the text's words; only the skills that pass this test run their
 * own pattern, from where that word first occurs, so the result is exactly what `text.search(regex)`
 * gives for every skill. A spelling that starts with no whole word (".net", "llms?") is tested with a
 * substring search, and a pattern this reader does not fully understand always runs.
 */

export interface SkillPattern {
  name: string;
  /** Regex sources for the spellings, as the skill list writes them. */
  patterns: readonly string[];
  /** The compiled pattern: the spellings between the boundaries below. */
  regex: RegExp;
}

export interface SkillMention {
  name: string;
  /** Where the skill's first mention starts. */
  index: number;
}

// The boundaries the skill list puts around its spellings. The word lookup relies on them: a match
// starts where no word character precedes and, for a wholly literal spelling, ends where none follows.
const BEFORE = '(?<![\\w+#.-])';
const AFTER = '(?![\\w+#]|\\.[a-z])';
const META = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']']);
const QUANTIFIERS = new Set(['?', '*', '{']);

/**
 * What a text must hold for a spelling to occur in it: its leading word as a whole word (when the
 * spelling starts with one) and its literal start as a substring; null when unknown.
 */
type Evidence = { word: string | null; substring: string } | null;

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** A `|` outside any group or class makes the spelling several spellings: no single prefix holds. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

function evidenceOf(pattern: string, caseSensitive: boolean): Evidence {
  if (hasTopLevelAlternation(pattern)) return null;
  const literal: string[] = [];
  let complete = true;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1];
      // `\d`, `\b`, `\u…`: not a literal character.
      if (next === undefined || isWordCode(next.charCodeAt(0))) {
        complete = false;
        break;
      }
      literal.push(next);
      i++;
    } else if (META.has(ch)) {
      // "llms?": the quantifier makes the character before it optional.
      if (QUANTIFIERS.has(ch)) literal.pop();
      complete = false;
      break;
    } else literal.push(ch);
  }
  const prefix = literal.join('');
  if (prefix === '' || /[^\x20-\x7e]/.test(prefix)) return null;
  const spelled = caseSensitive ? prefix : prefix.toLowerCase();
  let wordEnd = 0;
  while (wordEnd < spelled.length && isWordCode(spelled.charCodeAt(wordEnd))) wordEnd++;
  // The leading word is whole when something that is not a word character follows it in the spelling,
  // or when the spelling is that word alone (the boundary after it then ends the word in the text).
  const whole = wordEnd > 0 && (wordEnd < spelled.length || complete);
  return { word: whole ? spelled.slice(0, wordEnd) : null, substring: spelled };
}

interface Entry {
  name: string;
  /** The skill's pattern with the `g` flag, to search from where its first mention can start. */
  scan: RegExp;
  caseSensitive: boolean;
  /** Null: always run the pattern. */
  evidence: Evidence[] | null;
}

function entryOf(skill: SkillPattern): Entry {
  const flags = skill.regex.flags;
  const caseSensitive = flags === '';
  const understood =
    (flags === '' || flags === 'i') &&
    skill.regex.source === new RegExp(`${BEFORE}(?:${skill.patterns.join('|')})${AFTER}`, flags).source;
  const evidence = understood ? skill.patterns.map((pattern) => evidenceOf(pattern, caseSensitive)) : null;
  return {
    name: skill.name,
    scan: new RegExp(skill.regex.source, `${flags}g`),
    caseSensitive,
    evidence: evidence?.includes(null) ? null : evidence,
  };
}

/** A word's hash, as written or lower-cased; the same function hashes the vocabulary and the text. */
function hashOf(word: string, lower: boolean): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + codeOf(word.charCodeAt(i), lower)) | 0;
  return hash;
}

function codeOf(code: number, lower: boolean): number {
  return lower && code >= 65 && code <= 90 ? code | 32 : code;
}

/** The vocabulary's leading words, by hash, so scanning a text builds no string for most of its words. */
interface WordIndex {
  exact: Map<number, string[]>;
  lower: Map<number, string[]>;
}

function indexWords(entries: readonly Entry[]): WordIndex {
  const index: WordIndex = { exact: new Map(), lower: new Map() };
  for (const entry of entries) {
    for (const evidence of entry.evidence ?? []) {
      if (evidence?.word == null) continue;
      const map = entry.caseSensitive ? index.exact : index.lower;
      const hash = hashOf(evidence.word, !entry.caseSensitive);
      const words = map.get(hash) ?? [];
      if (!words.includes(evidence.word)) words.push(evidence.word);
      map.set(hash, words);
    }
  }
  return index;
}

/**
 * The vocabulary's words that occur in the text as whole words (maximal runs of ASCII letters, digits
 * and `_`), as written (`exact`) and lower-cased (`lower`), each with where it first occurs.
 */
function wordsOf(text: string, index: WordIndex): { exact: Map<string, number>; lower: Map<string, number> } {
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  let start = -1;
  let exactHash = 0;
  let lowerHash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== -1 && isWordCode(code)) {
      if (start === -1) {
        start = i;
        exactHash = 0;
        lowerHash = 0;
      }
      exactHash = (Math.imul(exactHash, 31) + code) | 0;
      lowerHash = (Math.imul(lowerHash, 31) + codeOf(code, true)) | 0;
    } else if (start !== -1) {
      const asWritten = index.exact.get(exactHash);
      if (asWritten) {
        const word = text.slice(start, i);
        if (asWritten.includes(word) && !exact.has(word)) exact.set(word, start);
      }
      const lowered = index.lower.get(lowerHash);
      if (lowered) {
        const word = text.slice(start, i).toLowerCase();
        if (lowered.includes(word) && !lower.has(word)) lower.set(word, start);
      }
      start = -1;
    }
  }
  return { exact, lower };
}

/** A function giving each skill's first mention, in the order of `skills`; built once per list. */
export function skillMatcher(skills: readonly SkillPattern[]): (text: string) => SkillMention[] {
  const entries = skills.map(entryOf);
  const index = indexWords(entries);
  return (text) => {
    const words = wordsOf(text, index);
    let lowerText: string | null = null;
    /** The earliest a spelling can start in the text, or -1 when it cannot occur. */
    const earliest = (evidence: NonNullable<Evidence>, caseSensitive: boolean): number => {
      let from = 0;
      if (evidence.word !== null) {
        const at = (caseSensitive ? words.exact : words.lower).get(evidence.word);
        if (at === undefined) return -1;
        // Its leading word's first whole-word occurrence: no match can start before it.
        from = at;
        if (evidence.word.length === evidence.substring.length) return from;
      }
      // "a" of "a/b testing" is in nearly every text: the rest of the spelling must be there too.
      if (caseSensitive) return text.includes(evidence.substring) ? from : -1;
      lowerText ??= text.toLowerCase();
      return lowerText.includes(evidence.substring) ? from : -1;
    };
    const found: SkillMention[] = [];
    for (const entry of entries) {
      let from = 0;
      if (entry.evidence) {
        from = -1;
        for (const evidence of entry.evidence) {
          const at = earliest(evidence!, entry.caseSensitive);
          if (at !== -1 && (from === -1 || at < from)) from = at;
        }
        if (from === -1) continue;
      }
      entry.scan.lastIndex = from;
      const match = entry.scan.exec(text);
      if (match !== null) found.push({ name: entry.name, index: match.index });
    }
    return found;
  };
}
