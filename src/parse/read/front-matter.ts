/**
 * The small header the bot writes at the top of a posting saved from Slack, recording who added it, when,
 * and from which link:
 *
 *   ---
 *   added-by: U123
 *   added-at: 2026-11-25T10:15:03Z
 *   source-url: https://…
 *   ---
 *
 * Only this exact shape is read (known keys, one `key: value` per line), so a Markdown file that happens to
 * open with its own `---` block, or a horizontal rule, is left to the parser untouched.
 */

export interface FrontMatter {
  addedBy: string | null;
  addedAt: string | null;
  sourceUrl: string | null;
}

const KEYS = { 'added-by': 'addedBy', 'added-at': 'addedAt', 'source-url': 'sourceUrl' } as const;
const HEADER = /^\uFEFF?---\r?\n((?:[a-z-]+: [^\r\n]*\r?\n){1,10})---\r?\n/;

/** The header's fields and the content after it, or null fields and the content unchanged when it has none. */
export function readFrontMatter(content: string): { frontMatter: FrontMatter | null; body: string } {
  const match = HEADER.exec(content);
  if (match === null) return { frontMatter: null, body: content };
  const frontMatter: FrontMatter = { addedBy: null, addedAt: null, sourceUrl: null };
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line === '') continue;
    const separator = line.indexOf(': ');
    const key = line.slice(0, separator);
    if (!(key in KEYS)) return { frontMatter: null, body: content };
    const value = line.slice(separator + 2).trim();
    frontMatter[KEYS[key as keyof typeof KEYS]] = value === '' ? null : value;
  }
  return { frontMatter, body: content.slice(match[0].length) };
}

/** The header for a saved posting; values are kept to one line so the header always reads back. */
export function formatFrontMatter(fields: {
  addedBy: string;
  addedAt: string;
  sourceUrl: string | null;
}): string {
  const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();
  const lines = [`added-by: ${oneLine(fields.addedBy)}`, `added-at: ${oneLine(fields.addedAt)}`];
  if (fields.sourceUrl !== null) lines.push(`source-url: ${oneLine(fields.sourceUrl)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
