import type { Catalog } from '../search/catalog.ts';
import { foldAccents } from '../search/normalize-term.ts';
import { MAX_QUERY_LENGTH, stripSlackMarkup } from '../search/parse-query.ts';

export type Intent =
  | { kind: 'help'; reason: 'empty' | 'asked' }
  | { kind: 'details'; id: string }
  | { kind: 'details-by-name'; rest: string }
  | { kind: 'new'; rest: string }
  | { kind: 'salary'; rest: string }
  | { kind: 'stats'; rest: string }
  | { kind: 'locations'; rest: string }
  | { kind: 'workplace'; rest: string }
  | { kind: 'requirements'; mode: 'role' | 'skill'; rest: string }
  | { kind: 'search'; rest: string; questionLike: boolean };

/** Lower case, accents folded, curly quotes straightened, Slack markup gone, cut to the query limit. */
export function cleanQuestion(text: string): string {
  return foldAccents(stripSlackMarkup(text))
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

const QUESTION_START =
  /^(which|what|whats|what's|who|whos|who's|where|when|how|is|are|any|do|does|can|could|should|tell|show|list|give)\b/;

const HELP =
  /^(help|\?+|commands|usage|what can (you|i) (do|ask)|what do you do|how do (i|you) (use|work)|how does (this|it) work|who are you)\b/;
const ID = /\b([a-z0-9]{8})\b/g;
const NEW = [
  /\b(what'?s|whats|what is|anything|any) new\b/,
  // "new ML roles", but not "New York roles": a place whose name starts with "new" is a place.
  /^(?:any |show me |list )?new\b(?! (?:york|zealand|delhi|jersey|south wales|mexico|hampshire|orleans|brunswick|england|haven)\b)/,
  /^new (roles?|jobs?|postings?|openings?|positions?|this|today|since|in the last|last)\b/,
  /\bnew (roles?|jobs?|postings?|openings?|positions?)\b/,
  /\b(posted|added|opened|published|listed)\b/,
  /\b(latest|newest|recent|recently)\b/,
];
const SALARY =
  /\b(salary|salaries|pay|pays|paid|compensation|comp|how much|earn|earns|earning|wages?|pay ?range|rates?)\b/;
const STATS = [
  /\bhow many\b/,
  /\b(which|what) compan(y|ies)\b/,
  /\bwho(?:'s| is| are)? hiring\??$/,
  /\b(stats|statistics|breakdown|overview|count|totals?)\b/,
];
// "Which roles need Scala?" asks for roles; "what does the serving role require?" asks about one role.
const SKILL_QUESTION =
  /^((which|what|any|are there|show|list)( the)? (roles?|jobs?|positions?|postings?|openings?|ones?)|who|which compan\w*)\b.*\b(need|needs|require|requires|ask for|asks for|use|uses|want|wants|mention|mentions|involve|involves)\b/;
const REQUIREMENTS =
  /\b(require|requires|required|requirements?|qualifications?|skills?|need|needs|needed|tech stack|ask for|asks for|what experience)\b/;
const WORKPLACE = /\b(remote|remotely|hybrid|on-?site|in[- ]office|wfh|work from home)\b/;
const DETAILS_BY_NAME =
  /^(tell me (more )?about|more about|details (on|of|for|about)|describe|what is the|what's the|show me the) /;

/** Words that chose the intent; removed so the rest describes the roles. */
const REMOVE: Record<
  'new' | 'salary' | 'stats' | 'locations' | 'workplace' | 'requirements' | 'details',
  RegExp
> = {
  new: /\b(what'?s|whats|what is|anything|any|new(?! (?:york|zealand|delhi|jersey|south wales|mexico|hampshire|orleans|brunswick|england|haven)\b)|latest|newest|recent|recently|posted|added|opened|published)\b/g,
  salary:
    /\b(salary|salaries|pay|pays|paid|paying|compensation|comp|how much|earn|earns|earning|make|makes|making|get|gets|offer|offers|wages?|range|ranges|base|band|bands|median|average|mean|avg|typical|spread|distribution|overall|stated|states|state)\b/g,
  stats: /\b(how many|stats|statistics|breakdown|overview|count|totals?|hiring)\b/g,
  locations: /\b(where|based|located|hiring|who)\b/g,
  workplace: /\b(work from home)\b/g,
  requirements:
    /\b(require|requires|required|requirements?|qualifications?|skills?|need|needs|needed|tech stack|stack|ask for|asks for|looking for|experience|use|uses|want|wants|mention|mentions|involve|involves)\b/g,
  details: DETAILS_BY_NAME,
};

export function restFor(kind: keyof typeof REMOVE, question: string): string {
  return question.replace(REMOVE[kind], ' ').replace(/\s+/g, ' ').trim();
}

/** Works out what kind of question this is, from its wording alone (the catalog only to recognise ids). */
export function detectIntent(text: string, catalog: Catalog): Intent {
  const question = cleanQuestion(text);
  if (!/[\p{L}\p{N}]/u.test(question)) return { kind: 'help', reason: 'empty' };
  if (HELP.test(question)) return { kind: 'help', reason: 'asked' };
  for (const match of question.matchAll(ID)) {
    const id = match[1];
    if (id !== undefined && catalog.byId.has(id)) return { kind: 'details', id };
  }
  // "How many roles were posted this week?" asks for a count, with the date as a filter.
  if (/\bhow many\b/.test(question)) return { kind: 'stats', rest: restFor('stats', question) };
  if (NEW.some((pattern) => pattern.test(question))) return { kind: 'new', rest: restFor('new', question) };
  if (SALARY.test(question)) return { kind: 'salary', rest: restFor('salary', question) };
  if (STATS.some((pattern) => pattern.test(question)))
    return { kind: 'stats', rest: restFor('stats', question) };
  if (SKILL_QUESTION.test(question)) {
    return { kind: 'requirements', mode: 'skill', rest: restFor('requirements', question) };
  }
  const questionLike = QUESTION_START.test(question) || question.endsWith('?');
  if (/\bwhere\b/.test(question) || (questionLike && /\b(in|near|around)\b \p{L}/u.test(question))) {
    return { kind: 'locations', rest: restFor('locations', question) };
  }
  if (questionLike && WORKPLACE.test(question))
    return { kind: 'workplace', rest: restFor('workplace', question) };
  if (REQUIREMENTS.test(question)) {
    return { kind: 'requirements', mode: 'role', rest: restFor('requirements', question) };
  }
  if (DETAILS_BY_NAME.test(question)) return { kind: 'details-by-name', rest: restFor('details', question) };
  return { kind: 'search', rest: question, questionLike };
}
