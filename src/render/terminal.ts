import { tellApart } from '../answer/tell-apart.ts';
import type {
  Answer,
  ClarifyAnswer,
  CompareAnswer,
  CountRow,
  ExistsAnswer,
  ExtremeAnswer,
  GreetingAnswer,
  LocationRow,
  NewAnswer,
  NotFoundAnswer,
  RequirementsAnswer,
  SalaryAnswer,
  SalaryGroup,
  StatsAnswer,
} from '../answer/types.ts';
import type { Location, Posting, Salary } from '../model/posting.ts';
import { formatMoney, formatPay, PERIOD_WORDS } from '../pay/format-pay.ts';
import { plural } from './format-posting.ts';

/** Pay the way people write it, as Slack shows it: "$45 an hour", "£55,000–£65,000 a year". */
export function formatSalary(salary: Pick<Salary, 'min' | 'max' | 'currency' | 'period'>): string {
  return formatPay(salary);
}

/** One figure of a group in its currency: "£80,000", "$45.50". */
function money(value: number, currency: string): string {
  return formatMoney(value, currency, Number.isInteger(value) || value >= 1_000 ? 0 : 2);
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

/** "Title — Company  [id]", with what tells it apart from a same-named role in the answer ("(London)"). */
function postingLine(posting: Posting, apart?: ReadonlyMap<string, string>): string {
  const company = posting.company === null ? '' : ` — ${posting.company}`;
  const label = apart?.get(posting.id);
  return `${posting.title}${company}${label === undefined ? '' : ` (${label})`}  [${posting.id}]`;
}

function payOf(posting: Posting): string {
  return posting.salary === null ? 'pay not stated' : formatSalary(posting.salary);
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
  const apart = tellApart(answer.postings);
  lines.push(
    ...table(
      answer.rows.map((row) => [
        postingLine(row.posting, apart),
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
          `min ${money(group.min, group.currency)} · median ${money(group.median, group.currency)} · mean ${money(group.mean, group.currency)} · max ${money(group.max, group.currency)}`,
        ]),
      ),
    );
  }
  return lines;
}

function greetingBody(answer: GreetingAnswer): string[] {
  const opening =
    answer.mood === 'thanks'
      ? 'You’re welcome! Anything else? For example:'
      : `Hi! I know ${plural(answer.total, 'saved role')}. Ask me, for example:`;
  return [opening, ...answer.examples.map((example) => `  ${example}`)];
}

/** Past this many currency and period groups, a superlative names the rest only. */
const MAX_EXTREME_GROUPS = 5;

function extremeBody(answer: ExtremeAnswer): string[] {
  const word = answer.direction === 'highest' ? 'Best paid' : 'Lowest paid';
  const lines = [`${word}${answer.understood ? ` of “${answer.understood}”` : ''}:`];
  const apart = tellApart(answer.postings);
  if (answer.groups.length === 0) lines.push('  No matching role states its pay.');
  for (const group of answer.groups.slice(0, MAX_EXTREME_GROUPS)) {
    lines.push(
      `  Paid in ${group.currency} ${PERIOD_WORDS[group.period]} (of ${plural(group.count, 'role')}):`,
    );
    for (const posting of group.postings) {
      lines.push(`    ${postingLine(posting, apart)}  ${whereLine(posting)} · ${payOf(posting)}`);
    }
  }
  const rest = answer.groups.slice(MAX_EXTREME_GROUPS);
  if (rest.length > 0) {
    const named = rest.map((group) => `${group.currency} ${PERIOD_WORDS[group.period]}`).join(', ');
    lines.push(
      `  Also paid in ${named}: ask for one, e.g. “which role pays the most in ${rest[0]?.currency} ${PERIOD_WORDS[rest[0]?.period ?? 'year']}?”`,
    );
  }
  return lines;
}

function existsBody(answer: ExistsAnswer): string[] {
  const subject = answer.understood ? `“${answer.understood}”` : 'that';
  if (answer.matches.length === 0) return [`No: no role matches ${subject}.`];
  const apart = tellApart(answer.matches);
  return [
    `Yes: ${plural(answer.matches.length, 'role')} for ${subject}:`,
    ...table(
      answer.matches.map((posting, rank) => [
        `${rank + 1}.`,
        `${postingLine(posting, apart)}  ${whereLine(posting)} · ${payOf(posting)}`,
      ]),
    ),
  ];
}

/** Cells cut to a column width so two or three roles fit side by side in a terminal. */
const COMPARE_COLUMN = 44;

function cell(text: string): string {
  return text.length <= COMPARE_COLUMN ? text : `${text.slice(0, COMPARE_COLUMN - 1)}…`;
}

function compareBody(answer: CompareAnswer): string[] {
  const fields: [string, (row: CompareAnswer['rows'][number]) => string][] = [
    ['Role', (row) => row.posting.title],
    ['Company', (row) => row.posting.company ?? 'not stated'],
    ['Id', (row) => row.posting.id],
    ['Place', (row) => row.posting.locations.map(formatLocation).join(' or ') || 'not stated'],
    ['Team', (row) => row.posting.team ?? 'not stated'],
    ['Pay', (row) => payOf(row.posting)],
    ['Level', (row) => row.posting.seniority ?? 'not stated'],
    ['Workplace', (row) => row.posting.workplace ?? 'not stated'],
    ['Type', (row) => row.posting.employmentType ?? 'not stated'],
    ['Posted', (row) => row.posting.postedAt ?? 'not stated'],
  ];
  const width = Math.max(...fields.map(([name]) => name.length), 'Needs'.length);
  const columns = answer.rows.map((row) => fields.map(([, read]) => cell(read(row))));
  const widths = columns.map((column, c) =>
    Math.max(
      ...column.map((text) => text.length),
      ...(answer.rows[c]?.keyRequirements ?? []).map((need) => cell(need).length),
    ),
  );
  const line = (name: string, cells: string[]) =>
    `  ${name.padEnd(width)}  ${cells.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  |  ')}`.trimEnd();
  const lines = [
    `Comparing ${plural(answer.rows.length, 'role')}${answer.understood ? ` (“${answer.understood}”)` : ''}:`,
    ...fields.map(([name], f) =>
      line(
        name,
        columns.map((column) => column[f] ?? ''),
      ),
    ),
  ];
  const needs = Math.max(...answer.rows.map((row) => row.keyRequirements.length));
  for (let i = 0; i < needs; i++) {
    lines.push(
      line(
        i === 0 ? 'Needs' : '',
        answer.rows.map((row) => cell(row.keyRequirements[i] ?? '')),
      ),
    );
  }
  return lines;
}

function clarifyBody(answer: ClarifyAnswer): string[] {
  const apart = tellApart(answer.candidates);
  const example = answer.candidates
    .slice(0, 2)
    .map((posting) => posting.id)
    .join(' and ');
  return [
    `“${answer.subject}” could be any of ${plural(answer.candidates.length, 'role')}. Which do you mean?`,
    ...answer.candidates.map((posting) => `  ${postingLine(posting, apart)}  ${whereLine(posting)}`),
    '',
    `Ask again naming each role by its id or place, e.g. “${answer.purpose} ${example}”.`,
  ];
}

/** "No role matches “LPM”.", "No role is in Tokyo.": one sentence per part of the question nothing has. */
export function missingSentences(parts: readonly string[]): string[] {
  return parts.map((part) => (part.startsWith('“') ? `No role matches ${part}.` : `No role is ${part}.`));
}

function notFoundBody(answer: NotFoundAnswer): string[] {
  const missing = answer.missing ?? [];
  const lines = missing.length > 0 ? missingSentences(missing) : [`Nothing found for “${answer.subject}”.`];
  const near = answer.didYouMean ?? [];
  if (near.length > 0) lines.push(`Did you mean: ${near.map((hint) => `“${hint}”`).join(' or ')}`);
  lines.push('Try:', ...answer.suggestions.map((suggestion) => `  ${suggestion}`));
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
    `${plural(answer.total, 'role')}${answer.understood ? ` ${answer.total === 1 ? 'matches' : 'match'} “${answer.understood}”` : ''}, ${answer.withSalary} with a stated salary.`,
    '',
    ...counts('Companies', answer.byCompany),
    ...counts('Workplace', answer.byWorkplace),
    ...counts('Seniority', answer.bySeniority),
    ...counts('Countries', answer.byCountry),
  ];
}

function newBody(answer: NewAnswer): string[] {
  const scope = answer.understood ? ` for “${answer.understood}”` : '';
  const lines = [`New ${answer.window}${scope} (${answer.since} to ${answer.until}):`];
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
        // Near misses follow apart, under what they miss, and are not in the count above.
        ...(answer.nearMisses ?? []).flatMap((group) => [
          '',
          `${group.heading} (not counted):`,
          ...table(group.postings.map((posting) => ['  ', `${postingLine(posting)}  ${whereLine(posting)}`])),
        ]),
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
      return notFoundBody(answer);
    case 'greeting':
      return greetingBody(answer);
    case 'extreme':
      return extremeBody(answer);
    case 'exists':
      return existsBody(answer);
    case 'compare':
      return compareBody(answer);
    case 'clarify':
      return clarifyBody(answer);
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
