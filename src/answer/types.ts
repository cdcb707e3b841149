import type { Posting, Salary, SalaryPeriod, Workplace } from '../model/posting.ts';
import type { Catalog } from '../search/catalog.ts';
import type { NearMissGroup, SearchHit } from '../search/search-result.ts';

/** What every answer is worked out from. `now` is a parameter so "what's new this week" is testable. */
export interface AnswerContext {
  catalog: Catalog;
  now: Date;
}

/**
 * What the bot says back, as data. Renderers (terminal, Block Kit) turn it into text; nothing here knows Slack.
 * Every answer carries:
 * - `question`: the text that was asked, as received;
 * - `postings`: every posting the answer used, in the order shown (ids + titles are what "names the postings");
 * - `notes`: plain sentences to show under the answer (dropped terms, input cut short, mixed currencies, …).
 */
interface AnswerBase {
  question: string;
  postings: readonly Posting[];
  notes: string[];
}

export interface RolesCommandHelp {
  usage: string;
  does: string;
}

export interface HelpAnswer extends AnswerBase {
  kind: 'help';
  /** Why help is shown: nothing usable was asked, help was asked for, or a subcommand was not known. */
  reason: 'empty' | 'asked' | 'unknown';
  /** Example questions, each ready to paste into a mention, a DM or after `/roles`. */
  examples: string[];
  /** The `/roles` subcommands, each with what it does. */
  commands: readonly RolesCommandHelp[];
  /** How many postings the bot knows, so help can say so. */
  total: number;
}

export interface SearchAnswer extends AnswerBase {
  kind: 'search';
  /** A short human reading of the query ("manager · machine learning · in New York"). */
  understood: string;
  hits: SearchHit[];
  /** Shown when the question was not understood as anything but a search. */
  hint: string | null;
  /** How many roles match (more than `hits` when the list was cut); near misses never count. */
  total?: number;
  /** Roles that miss one part, under a heading saying which ("Also in other places"); never in the count. */
  nearMisses?: NearMissGroup[];
}

export interface SalaryRow {
  posting: Posting;
  /** Null: the posting states no salary ("not stated"). */
  salary: Salary | null;
}

/** Overall figures for the roles that state a salary in one currency and period. Never mixes the two. */
export interface SalaryGroup {
  currency: string;
  period: SalaryPeriod;
  /** Number of roles in the group. */
  count: number;
  min: number;
  median: number;
  /** Mean of the roles' midpoints, for "what's the average pay?". */
  mean: number;
  max: number;
}

export interface SalaryAnswer extends AnswerBase {
  kind: 'salary';
  /** The roles the question describes, as understood ("senior · machine learning · engineer"); empty for all. */
  understood: string;
  rows: SalaryRow[];
  groups: SalaryGroup[];
  /** Roles in `rows` with no stated salary, listed rather than dropped. */
  notStated: Posting[];
}

/** One role in a locations answer; where it is and how it works are read from the posting itself. */
export interface LocationRow {
  posting: Posting;
}

export interface LocationsAnswer extends AnswerBase {
  kind: 'locations';
  /** The place asked about ("New York"), or null for "where is the X role based?". */
  place: string | null;
  rows: LocationRow[];
}

export interface WorkplaceAnswer extends AnswerBase {
  kind: 'workplace';
  workplace: Workplace;
  /** Roles with that workplace. */
  matching: Posting[];
  /** Roles that do not say how they work, so the reader knows they were not counted. */
  unknown: Posting[];
}

export interface RequirementsRow {
  posting: Posting;
  /** The posting's qualifications section, as bullets. */
  qualifications: string[];
  skills: string[];
}

export interface RequirementsAnswer extends AnswerBase {
  kind: 'requirements';
  /** 'role': what does this role require; 'skill': which roles need this skill. */
  mode: 'role' | 'skill';
  /** The skill asked about in 'skill' mode, as typed. */
  skill: string | null;
  rows: RequirementsRow[];
}

export interface CountRow {
  label: string;
  count: number;
}

export interface StatsAnswer extends AnswerBase {
  kind: 'stats';
  /** The roles counted, as understood ("remote", "in London"); empty for every role. */
  understood: string;
  /** Matching roles only: a count never includes a near miss. */
  total: number;
  byCompany: CountRow[];
  byWorkplace: CountRow[];
  bySeniority: CountRow[];
  byCountry: CountRow[];
  withSalary: number;
}

export interface NewAnswer extends AnswerBase {
  kind: 'new';
  /** The roles asked about, as understood ("ml · in London"); empty for every role. */
  understood: string;
  /** ISO date (YYYY-MM-DD), inclusive: roles posted on or after it count as new. */
  since: string;
  /** ISO date of `now`. */
  until: string;
  /** How the window was described ("this week", "today", "since 2026-11-01"). */
  window: string;
  /** New roles, newest first. */
  recent: Posting[];
  /** Roles with no posting date, which cannot be placed in time. */
  undated: Posting[];
}

export interface DetailsAnswer extends AnswerBase {
  kind: 'details';
  posting: Posting;
}

export interface NotFoundAnswer extends AnswerBase {
  kind: 'not-found';
  /** What was looked for, in the user's words ("roles in Tokyo", "posting abc12345"). */
  subject: string;
  /**
   * Parts of the question that no posting has at all, as search labels them and as the person wrote them
   * ("“LPM”", "in Tokyo", "paid by the hour"), so the reply can say which part found nothing.
   */
  missing?: string[];
  /** Questions to try instead, built from the catalog's own words ("did you mean …"). */
  didYouMean?: string[];
  /** Things to try instead, ready to paste. */
  suggestions: string[];
}

/** "hi", "thanks!": a short friendly reply and a few questions to try. */
export interface GreetingAnswer extends AnswerBase {
  kind: 'greeting';
  mood: 'hello' | 'thanks';
  /** Three questions this catalog can answer, ready to paste. */
  examples: string[];
  total: number;
}

/** The top (or bottom) of one like-with-like group: one currency and one pay period. */
export interface ExtremeGroup {
  currency: string;
  period: SalaryPeriod;
  /** Roles in the group, so "top of 12 roles paid in USD a year" can be said. */
  count: number;
  /** The role(s) at the extreme; several only when they tie exactly. */
  postings: Posting[];
  /** The figure compared: the top of the range for "most", the bottom for "least". */
  figure: number;
}

/** "Which role pays the most?", "lowest paid", "best paid senior role". */
export interface ExtremeAnswer extends AnswerBase {
  kind: 'extreme';
  direction: 'highest' | 'lowest';
  /** The roles compared, as understood ("senior"); empty for every role. */
  understood: string;
  /** One group per currency and period, the largest first: pay is compared only like with like. */
  groups: ExtremeGroup[];
  /** Matching roles that state no pay, so were not compared. */
  notStated: Posting[];
}

/** "Is there a role paying more than 250k?", "anything over £50k?": yes or no, with the roles. */
export interface ExistsAnswer extends AnswerBase {
  kind: 'exists';
  understood: string;
  /** Every matching role, best first; empty means no. */
  matches: Posting[];
}

/** One role in a side-by-side comparison, with the facts people compare. */
export interface CompareRow {
  posting: Posting;
  /** What the person asked for that picked this role ("ml manager", "the London one"). */
  asked: string;
  /** Up to five requirements: the skills, then the first qualifications. */
  keyRequirements: string[];
}

export interface CompareAnswer extends AnswerBase {
  kind: 'compare';
  understood: string;
  /** Two or three roles, in the order asked. */
  rows: CompareRow[];
}

/** The question named a role that could be several: say which, rather than guess. */
export interface ClarifyAnswer extends AnswerBase {
  kind: 'clarify';
  /** The words that were ambiguous ("ml engineer"). */
  subject: string;
  /** What the answer was for ("compare"), so the reader knows what to ask again. */
  purpose: string;
  candidates: Posting[];
}

export type Answer =
  | HelpAnswer
  | GreetingAnswer
  | ExtremeAnswer
  | ExistsAnswer
  | CompareAnswer
  | ClarifyAnswer
  | SearchAnswer
  | SalaryAnswer
  | LocationsAnswer
  | WorkplaceAnswer
  | RequirementsAnswer
  | StatsAnswer
  | NewAnswer
  | DetailsAnswer
  | NotFoundAnswer;

export type AnswerKind = Answer['kind'];
