/**
 * Turns text copied from a job page into plain lines: one spelling for quotes, dashes, spaces and bullets,
 * and the line breaks that copying lost put back where we can tell they belong.
 */

import { splitGluedLabels } from '../segment/labels.ts';

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  bull: '-',
  middot: '·',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const ANY_DASH = /[\u2012\u2013\u2014\u2015\u2212]/;

function normaliseDashes(text: string): string {
  if (!ANY_DASH.test(text)) return text;
  return text
    .replace(/\s+[\u2012\u2013\u2014\u2015\u2212]\s+/g, ' - ')
    .replace(/(?<=[A-Za-z])[\u2012\u2013\u2014\u2015](?=[A-Za-z])/g, ' - ')
    .replace(/[\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

/** Characters a bullet can start with: lines that start otherwise skip the pattern. */
const BULLET_START = new Set('•●▪◦‣∙·*\u2022\u25CF\u25AA\u25E6\u2043-');

function normaliseBullet(line: string): string {
  if (!BULLET_START.has(line[0] ?? '')) return line;
  const match = /^[•●▪◦‣∙·*\u2022\u25CF\u25AA\u25E6\u2043-]\s*(.*)$/.exec(line);
  if (!match) return line;
  const rest = match[1] ?? '';
  // A lone "-" or "*" line, or a minus that starts a number, is not a bullet.
  if (rest === '' || (line[0] === '-' && !/^-\s/.test(line))) return line;
  if (line[0] === '*' && /^\*\*/.test(line)) return line;
  return `- ${rest}`;
}

/** Only lines holding one of these can carry Markdown; the rest skip its six patterns. */
const MARKDOWN_CHARS = /[#*_[]/;

function stripMarkdown(line: string): string {
  if (!MARKDOWN_CHARS.test(line)) return line;
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^\*([^*\s][^*]*)\*$/, '$1')
    .replace(/^_([^_\s][^_]*)_$/, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** Spaces, zero-width characters, quotes and the ellipsis, each with its one plain spelling. */
const SPELLINGS: Record<string, string> = {
  ...Object.fromEntries(
    [...'\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\t'].map((space) => [space, ' ']),
  ),
  // Zero-width characters are removed one by one: none joins its neighbours.
  ...Object.fromEntries([...'\u200B\u200C\u200D\u2060\uFEFF\u00AD'].map((zeroWidth) => [zeroWidth, ''])),
  ...Object.fromEntries([...'\u2018\u2019\u201A\u201B\u2032\u00B4'].map((quote) => [quote, "'"])),
  ...Object.fromEntries([...'\u201C\u201D\u201E\u201F\u2033'].map((quote) => [quote, '"'])),
  '\u2026': '...',
};
const SPELLINGS_PATTERN = new RegExp(`[${Object.keys(SPELLINGS).join('')}]`, 'g');
/**
 * A full stop with a capitalised word right after it, after two lower-case letters (or a closing
 * bracket): searched from the stop, which is rare, rather than from every letter.
 */
const GLUED_SENTENCE = /[.!?](?=[A-Z][a-z])/g;
const AFTER_WORD = /^[a-z)]{2}$/;

/**
 * The normalised text: one item per line, single blank lines between paragraphs, trimmed. Passes repeat
 * until nothing changes (one splitting can reveal another), so normalising twice gives the same text and a
 * re-parse never shifts an id.
 */
export function normaliseText(raw: string): string {
  let text = normaliseOnce(raw);
  for (let pass = 0; pass < 3; pass++) {
    const next = normaliseOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function normaliseOnce(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  // Pages scraped through JSON sometimes keep their line breaks as the two characters "\n".
  text = text.replace(/\\r\\n|\\n/g, '\n');
  if (text.includes('&')) text = decodeEntities(text);
  // One pass for every character that has one plain spelling (most pages hold few or none of them).
  text = text.replace(SPELLINGS_PATTERN, (character) => SPELLINGS[character] ?? character);
  text = normaliseDashes(text);
  // "collaboration hours.Kipp is": a sentence glued to the next when a paragraph break was lost.
  text = text.replace(GLUED_SENTENCE, (stop, offset: number) =>
    AFTER_WORD.test(text.slice(Math.max(0, offset - 2), offset)) ? `${stop} ` : stop,
  );

  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const trimmed = (rawLine.includes('  ') ? rawLine.replace(/ {2,}/g, ' ') : rawLine).trim();
    const line = normaliseBullet(stripMarkdown(trimmed)).trim();
    for (const part of splitGluedLabels(line)) lines.push(part.trim());
  }

  return collapseBlankLines(lines).join('\n');
}

/** The lines with no blank line at either end and never two in a row. */
export function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
