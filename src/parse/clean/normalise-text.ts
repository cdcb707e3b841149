/**
 * Turns text copied from a job page into plain lines: one spelling for quotes, dashes, spaces and bullets,
 * and the line breaks that copying lost put back where we can tell they belong.
 */

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

/**
 * Short labels that page layouts place side by side with no space between them once copied
 * ("New York, NYLow Risk", "EngineeringPermanentvia lever"). Only known labels are split off,
 * because a generic camel-case split would break names such as "PyTorch" or "LinkedIn".
 */
const GLUED_LABELS = [
  'Low Risk',
  'Medium Risk',
  'High Risk',
  'Full-time',
  'Full time',
  'Part-time',
  'Part time',
  'Permanent',
  'Contract',
  'Temporary',
  'Internship',
  'Freelance',
];

/** Header lines are short; prose is left alone so that real words are never split. */
const GLUED_LINE_MAX = 80;

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

function splitGluedLabels(line: string): string[] {
  if (line.length > GLUED_LINE_MAX || /[.!?]\s/.test(line)) return [line];
  let out = line;
  for (const label of GLUED_LABELS) {
    const escaped = label.replace(/[-]/g, '\\-');
    out = out.replace(new RegExp(`(?<=[A-Za-z])(?=${escaped}(?:$|[^a-z]|via ))`, 'g'), '\n');
  }
  // "Permanentvia lever": the board marker some aggregators append to the label row.
  out = out.replace(/(?<=[A-Za-z])(?=via [a-z][\w.-]*$)/gm, '\n');
  return out.split('\n');
}

function normaliseDashes(text: string): string {
  return text
    .replace(/\s+[\u2012\u2013\u2014\u2015\u2212]\s+/g, ' - ')
    .replace(/(?<=[A-Za-z])[\u2012\u2013\u2014\u2015](?=[A-Za-z])/g, ' - ')
    .replace(/[\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

function normaliseBullet(line: string): string {
  const match = /^[•●▪◦‣∙·*\u2022\u25CF\u25AA\u25E6\u2043-]\s*(.*)$/.exec(line);
  if (!match) return line;
  const rest = match[1] ?? '';
  // A lone "-" or "*" line, or a minus that starts a number, is not a bullet.
  if (rest === '' || (line[0] === '-' && !/^-\s/.test(line))) return line;
  if (line[0] === '*' && /^\*\*/.test(line)) return line;
  return `- ${rest}`;
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^\*([^*\s][^*]*)\*$/, '$1')
    .replace(/^_([^_\s][^_]*)_$/, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

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
  text = decodeEntities(text);
  text = text
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\t]/g, ' ')
    // Zero-width characters one at a time: in one class the joiner would read as joining its neighbours.
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u2026/g, '...');
  text = normaliseDashes(text);
  // "collaboration hours.Kipp is": a sentence glued to the next when a paragraph break was lost.
  text = text.replace(/(?<=[a-z)]{2}[.!?])(?=[A-Z][a-z])/g, ' ');

  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const trimmed = rawLine.replace(/ {2,}/g, ' ').trim();
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
