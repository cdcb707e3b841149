import type {
  Answer,
  CountRow,
  LocationRow,
  NewAnswer,
  RequirementsAnswer,
  SalaryAnswer,
  SalaryGroup,
  StatsAnswer,
} from '../answer/types.ts';
import type { Location, Posting, Salary } from '../model/posting.ts';
import { PERIOD_WORDS, plural, salaryBounds } from './format-posting.ts';

function amount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** "210,000–260,000 USD a year", "up to 90,000 GBP a year", "from 45 USD an hour": plain codes, no symbols. */
export function formatSalary(salary: Pick<Salary, 'min' | 'max' | 'currency' | 'period'>): string {
  const bounds = salaryBounds(salary, amount);
  return bounds === null
    ? 'salary not stated'
    : `${bounds} ${salary.currency} ${PERIOD_WORDS[salary.period]}`;
}

function formatLocation(location: Location): string {
  const parts = [location.city, location.region, location.country].filter(
    (part): part is string => part !== null,
  );
  return parts.length > 0 ? parts.join(', ') : location.raw;
}

function whereLine(posting: Posting): string {
  const places = posting.locations.map(formatLocation).join(' or ');
  const parts = [places.length > 0 ? places : 'location not stated', posting.workplace ?? null];
  return parts.filter((part) => part !== null).join(' · ');
}

function postingLine(posting: Posting): string {
  const company = posting.company === null ? '' : ` — ${posting.company}`;
  return `${posting.title}${company}  [${posting.id}]`;
}

/** Left column padded so the second column lines up. */
function table(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`.trimEnd());
}

function counts(title: string, rows: readonly CountRow[]): string[] {
  if (rows.length === 0) return [];
  return [`${title}:`, ...table(rows.map((row) => [row.label, String(row.count)]))];
}

function salaryBody(answer: SalaryAnswer): string[] {
  const lines = [`Pay${answer.understood ? ` for “${answer.understood}”` : ''}:`];
  lines.push(
    ...table(
      answer.rows.map((row) => [
        postingLine(row.posting),
        row.salary === null ? 'not stated' : formatSalary(row.salary),
      ]),
    ),
  );
  if (answer.groups.length > 0) {
    lines.push('', 'Overall:');
    lines.push(
      ...table(
        answer.groups.map((group: SalaryGroup) => [
          `${group.currency} ${PERIOD_WORDS[group.period]} (${plural(group.count, 'role')})`,
          `min ${amount(group.min)} · median ${amount(group.median)} · max ${amount(group.max)}`,
        ]),
      ),
    );
  }
  return lines;
}

function locationRows(rows: readonly LocationRow[]): string[] {
  return table(rows.map((row) => [postingLine(row.posting), whereLine(row.posting)]));
}

function requirementsBody(answer: RequirementsAnswer): string[] {
  if (answer.mode === 'skill') {
    return [
      `Roles that ask for ${answer.skill ?? 'that'}:`,
      ...table(answer.rows.map((row) => [postingLine(row.posting), row.skills.join(', ')])),
    ];
  }
  return answer.rows.flatMap((row) => [
    postingLine(row.posting),
    ...(row.skills.length > 0 ? [`  Skills: ${row.skills.join(', ')}`] : []),
    ...(row.qualifications.length > 0
      ? row.qualifications.map((line) => `  • ${line}`)
      : ['  The posting lists no qualifications.']),
    '',
  ]);
}

function statsBody(answer: StatsAnswer): string[] {
  return [
    `${plural(answer.total, 'role')}, ${answer.withSalary} with a stated salary.`,
    '',
    ...counts('Companies', answer.byCompany),
    ...counts('Workplace', answer.byWorkplace),
    ...counts('Seniority', answer.bySeniority),
    ...counts('Countries', answer.byCountry),
  ];
}

function newBody(answer: NewAnswer): string[] {
  const lines = [`New ${answer.window} (${answer.since} to ${answer.until}):`];
  if (answer.recent.length === 0) lines.push('  none');
  lines.push(...table(answer.recent.map((posting) => [posting.postedAt ?? '', postingLine(posting)])));
  if (answer.undated.length > 0) {
    lines.push('', 'No posting date:', ...answer.undated.map((posting) => `  ${postingLine(posting)}`));
  }
  return lines;
}

function detailsBody(posting: Posting): string[] {
  const rows: [string, string][] = [
    ['Company', posting.company ?? 'not stated'],
    ['Team', posting.team ?? 'not stated'],
    ['Where', whereLine(posting)],
    ['Pay', posting.salary === null ? 'not stated' : formatSalary(posting.salary)],
    ['Seniority', posting.seniority ?? 'not stated'],
    ['Type', posting.employmentType ?? 'not stated'],
    ['Posted', posting.postedAt ?? 'not stated'],
    ['Skills', posting.skills.length > 0 ? posting.skills.join(', ') : 'none listed'],
    ['Source', posting.sources.map((source) => source.url ?? source.path).join(', ')],
  ];
  const lines = [postingLine(posting), ...table(rows)];
  if (posting.summary.length > 0) lines.push('', posting.summary);
  if (posting.sections.qualifications.length > 0) {
    lines.push('', 'Requirements:', ...posting.sections.qualifications.map((line) => `  • ${line}`));
  }
  if (posting.truncated) lines.push('', 'The saved page stops mid-posting; the original may say more.');
  return lines;
}

function body(answer: Answer): string[] {
  switch (answer.kind) {
    case 'help':
      return [
        answer.reason === 'asked'
          ? 'I answer questions about the saved job postings.'
          : 'Ask me about the saved job postings.',
        `I know ${plural(answer.total, 'role')}. Try:`,
        ...answer.examples.map((example) => `  ${example}`),
        '',
        'Commands:',
        ...table(answer.commands.map((command) => [command.usage, command.does])),
      ];
    case 'search':
      return [
        `${plural(answer.hits.length, 'role')}${answer.understood ? ` for “${answer.understood}”` : ''}:`,
        ...table(
          answer.hits.map((hit, rank) => [
            `${rank + 1}.`,
            `${postingLine(hit.posting)}  ${whereLine(hit.posting)} · ${hit.posting.salary ? formatSalary(hit.posting.salary) : 'salary not stated'}`,
          ]),
        ),
        ...(answer.hint === null ? [] : ['', answer.hint]),
      ];
    case 'salary':
      return salaryBody(answer);
    case 'locations':
      return [
        answer.place === null ? 'Where these roles are:' : `Roles in ${answer.place}:`,
        ...locationRows(answer.rows),
      ];
    case 'workplace':
      return [
        `${answer.workplace[0]?.toUpperCase()}${answer.workplace.slice(1)} roles:`,
        ...table(answer.matching.map((posting) => [postingLine(posting), whereLine(posting)])),
        ...(answer.unknown.length > 0
          ? ['', 'Not stated either way:', ...answer.unknown.map((posting) => `  ${postingLine(posting)}`)]
          : []),
      ];
    case 'requirements':
      return requirementsBody(answer);
    case 'stats':
      return statsBody(answer);
    case 'new':
      return newBody(answer);
    case 'details':
      return detailsBody(answer.posting);
    case 'not-found':
      return [
        `Nothing found for “${answer.subject}”.`,
        'Try:',
        ...answer.suggestions.map((suggestion) => `  ${suggestion}`),
      ];
  }
}

/** Plain text for a terminal: no colour codes, columns aligned with spaces, notes at the end. */
export function renderTerminal(answer: Answer): string {
  const lines = body(answer);
  if (answer.notes.length > 0) lines.push('', ...answer.notes.map((note) => `Note: ${note}`));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
