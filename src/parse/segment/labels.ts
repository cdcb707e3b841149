/**
 * Label/value pairs that job boards print beside a posting ("Employment type" / "Full-time",
 * "Location: Berlin, Germany", "Posted" / "March 17, 2026"), on one line or on two.
 */

/** Canonical label names, keyed by the lower-case spellings boards use. */
const LABEL_NAMES: Record<string, string> = {
  'seniority level': 'seniority',
  'experience level': 'seniority',
  'career level': 'seniority',
  level: 'seniority',
  'employment type': 'employment',
  'job type': 'employment',
  'contract type': 'employment',
  contract: 'employment',
  commitment: 'employment',
  'type of employment': 'employment',
  'time type': 'employment',
  'work type': 'employment',
  'position type': 'employment',
  employment: 'employment',
  schedule: 'employment',
  location: 'location',
  locations: 'location',
  'job location': 'location',
  'office location': 'location',
  'work location': 'location',
  'based in': 'location',
  'workplace type': 'workplace',
  workplace: 'workplace',
  'location type': 'workplace',
  'remote status': 'workplace',
  'work model': 'workplace',
  'work arrangement': 'workplace',
  'working pattern': 'workplace',
  'working model': 'workplace',
  'remote type': 'workplace',
  posted: 'posted',
  'posted on': 'posted',
  'date posted': 'posted',
  'posting date': 'posted',
  'posted date': 'posted',
  published: 'posted',
  'published on': 'posted',
  'date published': 'posted',
  department: 'department',
  team: 'team',
  company: 'company',
  'company name': 'company',
  employer: 'company',
  'job title': 'title',
  title: 'title',
  position: 'title',
  // "Role: Back End Developer" is a category on Naukri and others, weaker than the posting's own heading.
  role: 'role',
  salary: 'salary',
  pay: 'salary',
  'salary range': 'salary',
  'pay range': 'salary',
  compensation: 'salary',
  'job function': 'function',
  industries: 'industry',
  industry: 'industry',
  'job id': 'id',
  'job requisition id': 'id',
  'requisition id': 'id',
  'req id': 'id',
  skills: 'skills',
  'required skills': 'skills',
  url: 'url',
  link: 'url',
  'job url': 'url',
  source: 'url',
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

// One alternation compiled once: the splitter runs on every short line of every page, so building a
// pattern per label per line was a fifth of parse time. Lookarounds read the original line, so one pass
// splits exactly where the label-by-label passes did.
const GLUED_LABEL_START = new RegExp(
  `(?<=[A-Za-z])(?=(?:${GLUED_LABELS.map((label) => label.replace(/-/g, '\\-')).join('|')})(?:$|[^a-z]|via ))`,
  'g',
);
/** "Permanentvia lever": the board marker some aggregators append to the label row. */
const GLUED_VIA = /(?<=[A-Za-z])(?=via [a-z][\w.-]*$)/gm;
const SENTENCE_BREAK = /[.!?]\s/;

/** A short header line split where copying glued labels together ("New York, NYLow Risk"). */
export function splitGluedLabels(line: string): string[] {
  if (line.length > GLUED_LINE_MAX || SENTENCE_BREAK.test(line)) return [line];
  const out = line.replace(GLUED_LABEL_START, '\n').replace(GLUED_VIA, '\n');
  return out === line ? [line] : out.split('\n');
}

export interface LabelScan {
  /** First value seen for each canonical label. */
  labels: Map<string, string>;
  /** Indexes of lines that held a label or its value. */
  consumed: Set<number>;
  /** Every label seen, in order, repeats included ("Location: Columbus" and "Work Location: In person"). */
  every: [string, string][];
}

/** A value on the next line is short and is not a sentence; otherwise the label was a section heading. */
function isShortValue(line: string | undefined): line is string {
  return (
    line !== undefined && line !== '' && line.length <= 80 && !/[.!?]$/.test(line) && !line.startsWith('- ')
  );
}

/**
 * Words that are labels only with a colon ("Contract: Permanent"): alone on a line they are values
 * ("Employment type" / "Contract") or ordinary headings.
 */
const INLINE_ONLY = new Set([
  'contract',
  'commitment',
  'level',
  'role',
  'position',
  'title',
  'source',
  'link',
  'team',
  'company',
  'pay',
  'employment',
  'schedule',
  'skills',
]);

function blockLabelName(text: string): string | undefined {
  if (text.length > 40) return undefined;
  let key = text.trim().toLowerCase();
  if (key.endsWith(':')) key = key.slice(0, -1);
  return INLINE_ONLY.has(key) ? undefined : LABEL_NAMES[key];
}

export function labelName(text: string): string | undefined {
  return LABEL_NAMES[text.trim().toLowerCase()];
}

const INLINE_LABEL = /^([A-Za-z][A-Za-z ]{1,28}):\s*(\S.*)$/;

export function scanLabels(lines: readonly string[]): LabelScan {
  const labels = new Map<string, string>();
  const consumed = new Set<number>();
  const every: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = line.includes(':') ? INLINE_LABEL.exec(line) : null;
    if (inline) {
      const name = labelName(inline[1] ?? '');
      const value = (inline[2] ?? '').trim();
      if (name && value.length <= 120) {
        if (!labels.has(name)) labels.set(name, value);
        every.push([name, value]);
        consumed.add(i);
        continue;
      }
    }
    const name = blockLabelName(line);
    const next = lines[i + 1];
    if (name && isShortValue(next) && !blockLabelName(next)) {
      if (!labels.has(name)) labels.set(name, next.trim());
      every.push([name, next.trim()]);
      consumed.add(i);
      consumed.add(i + 1);
      i++;
    }
  }
  return { labels, consumed, every };
}
