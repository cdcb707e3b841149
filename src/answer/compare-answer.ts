import type { Posting } from '../model/posting.ts';
import { describedRoles } from './described-roles.ts';
import { noMatchAnswer } from './no-match-answer.ts';
import type { AnswerContext, ClarifyAnswer, CompareAnswer, CompareRow, NotFoundAnswer } from './types.ts';

/** Side by side stops being readable past three. */
export const MAX_COMPARED = 3;
/** A "which one?" lists at most this many candidates. */
const MAX_CANDIDATES = 8;
const KEY_REQUIREMENTS = 4;
const MAX_SKILLS = 6;

function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .replace(/\b(the|a|an|role|roles|job|jobs|one|ones|position|positions|posting|postings|opening)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "the ML engineer roles" -> "ML engineer": what to quote back when asking which. */
function plainSubject(subject: string): string {
  return subject.replace(/^(the|these|those|both)\s+/, '').replace(/\s+(roles?|jobs?|positions?|ones?)$/, '');
}

type Resolved =
  | { kind: 'one'; posting: Posting }
  | { kind: 'many'; postings: Posting[] }
  | { kind: 'none'; answer: NotFoundAnswer };

/** The one role a few words name: its id, its exact title, or the only role matching all the words. */
function resolveRole(subject: string, question: string, context: AnswerContext): Resolved {
  const { catalog } = context;
  const id = /\b([a-z0-9]{8})\b/.exec(subject)?.[1];
  const byId = id === undefined ? undefined : catalog.byId.get(id);
  if (byId !== undefined) return { kind: 'one', posting: byId };
  const roles = describedRoles(subject, catalog, context.now);
  if (roles.nothingMatched || roles.match.everyRole) {
    return {
      kind: 'none',
      answer: noMatchAnswer(question, roles.match, `a role matching “${subject}”`, catalog),
    };
  }
  const [only, ...others] = roles.postings;
  if (only !== undefined && others.length === 0) return { kind: 'one', posting: only };
  const words = plainWords(subject);
  const titled = roles.postings.filter((posting) => plainWords(posting.title) === words);
  if (titled.length === 1 && titled[0] !== undefined) return { kind: 'one', posting: titled[0] };
  return { kind: 'many', postings: titled.length > 1 ? titled : roles.postings };
}

/** The one group of exactly `count` roles sharing a title, when there is exactly one such group. */
function sameTitled(postings: readonly Posting[], count: number): Posting[] | null {
  const byTitle = new Map<string, Posting[]>();
  for (const posting of postings) {
    const key = plainWords(posting.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), posting]);
  }
  const groups = [...byTitle.values()].filter((group) => group.length === count);
  return groups.length === 1 ? (groups[0] ?? null) : null;
}

/** The first qualifications, then the skills on one line: what people weigh roles by. */
function row(posting: Posting, asked: string): CompareRow {
  const skills = posting.skills.slice(0, MAX_SKILLS);
  const keyRequirements = [
    ...posting.sections.qualifications.slice(0, KEY_REQUIREMENTS - (skills.length > 0 ? 1 : 0)),
    ...(skills.length > 0 ? [`Skills: ${skills.join(', ')}`] : []),
  ];
  return { posting, asked, keyRequirements };
}

function clarify(question: string, subject: string, candidates: Posting[]): ClarifyAnswer {
  const shown = candidates.slice(0, MAX_CANDIDATES);
  return {
    kind: 'clarify',
    question,
    postings: shown,
    notes:
      candidates.length > shown.length
        ? [`${candidates.length} roles match “${subject}”; the first ${shown.length} are listed.`]
        : [],
    subject,
    purpose: 'compare',
    candidates: shown,
  };
}

function compared(question: string, understood: string, rows: CompareRow[]): CompareAnswer {
  return { kind: 'compare', question, postings: rows.map((r) => r.posting), notes: [], understood, rows };
}

/**
 * "Compare the two ML manager roles", "compare the data scientist and the senior data scientist roles": two or
 * three roles side by side. When the words could name more roles than that, it asks which, rather than guess.
 */
export function compareAnswer(
  question: string,
  form: { subjects: string[]; count: number | null; whole: string },
  context: AnswerContext,
): CompareAnswer | ClarifyAnswer | NotFoundAnswer {
  const { catalog } = context;
  const wanted = form.count ?? null;
  // One description that names a few roles at once: "the two ML manager roles", "the London and NY roles".
  const described = form.count === null ? form.whole : (form.subjects[0] ?? '');
  const fits = (n: number) => (wanted === null ? n >= 2 && n <= MAX_COMPARED : n === wanted);
  const usable = (roles: ReturnType<typeof describedRoles>) =>
    !roles.nothingMatched && !roles.match.everyRole && fits(roles.postings.length);
  let together = describedRoles(described, catalog, context.now);
  // "the London and New York ML manager roles": each role is in one of the places, not both.
  if (!usable(together) && /\band\b/.test(described)) {
    const either = describedRoles(described.replace(/\band\b/g, 'or'), catalog, context.now);
    if (usable(either)) together = either;
  }
  if (usable(together)) {
    return compared(
      question,
      together.understood,
      together.postings.map((posting) => row(posting, together.understood)),
    );
  }
  if (form.count !== null || form.subjects.length < 2) {
    if (together.nothingMatched || together.match.everyRole) {
      return noMatchAnswer(question, together.match, `roles matching “${form.whole}”`, catalog);
    }
    if (together.postings.length < 2) {
      return {
        ...noMatchAnswer(question, together.match, `two roles matching “${form.whole}”`, catalog),
        notes: [`Only one role matches: ${together.postings[0]?.title ?? ''}.`],
      };
    }
    // "The two ML manager roles" among three: the two that share a title are the pair people mean.
    const pair = form.count === null ? null : sameTitled(together.postings, form.count);
    if (pair !== null) {
      return compared(
        question,
        together.understood,
        pair.map((posting) => row(posting, together.understood)),
      );
    }
    return clarify(question, plainSubject(form.subjects[0] ?? form.whole), together.postings);
  }
  const rows: CompareRow[] = [];
  for (const subject of form.subjects.slice(0, MAX_COMPARED)) {
    const resolved = resolveRole(subject, question, context);
    if (resolved.kind === 'none') return resolved.answer;
    if (resolved.kind === 'many') return clarify(question, plainSubject(subject), resolved.postings);
    if (!rows.some((known) => known.posting.id === resolved.posting.id))
      rows.push(row(resolved.posting, subject));
  }
  if (rows.length < 2)
    return clarify(
      question,
      form.whole,
      rows.map((known) => known.posting),
    );
  const answer = compared(question, form.subjects.map(plainSubject).join(' · '), rows);
  if (form.subjects.length > MAX_COMPARED) {
    answer.notes.push(`Only the first ${MAX_COMPARED} roles are compared side by side.`);
  }
  return answer;
}
