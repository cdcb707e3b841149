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
  role: 'title',
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
  const key = text.trim().toLowerCase().replace(/:$/, '');
  return INLINE_ONLY.has(key) ? undefined : LABEL_NAMES[key];
}

export function labelName(text: string): string | undefined {
  return LABEL_NAMES[text.trim().toLowerCase()];
}

export function scanLabels(lines: readonly string[]): LabelScan {
  const labels = new Map<string, string>();
  const consumed = new Set<number>();
  const every: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = /^([A-Za-z][A-Za-z ]{1,28}):\s*(\S.*)$/.exec(line);
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
