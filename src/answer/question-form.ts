/**
 * Reads the form of a question, before anything is looked up: a greeting, a superlative ("which role pays the
 * most?"), a yes/no about pay ("is there a role paying more than 250k?"), or a comparison ("compare A and B").
 * Only the form: the roles, places and filters in the rest are read by the search query parser.
 */
export type QuestionForm =
  | { kind: 'greeting'; mood: 'hello' | 'thanks' }
  | { kind: 'extreme'; direction: 'highest' | 'lowest'; rest: string }
  | { kind: 'exists'; rest: string }
  | { kind: 'compare'; subjects: string[]; count: number | null; whole: string };

const HELLO = /^(hi|hello|hey|hiya|heya|howdy|yo|hallo|good (morning|afternoon|evening|day)|greetings)\b/;
const THANKS =
  /^((ok(ay)?|great|perfect|awesome|nice|brilliant|cool|lovely|super|amazing|wonderful)[,!.]? )?(thanks|thank you|thank u|thankyou|thx|ty|tysm|cheers|ta|many thanks|much appreciated|appreciate it)\b/;
/** What may follow a greeting in a message that is only a greeting. */
const GREETING_TAIL =
  /^( (there|all|everyone|team|folks|bot|roles|mate|again|so much|very much|a lot|a bunch|for (that|this|the help|your help|everything)|!))*$/;

/** "Hi, which roles are remote?": the greeting is politeness; the question is the rest. */
export function withoutGreeting(question: string): string {
  const hello = HELLO.exec(question) ?? THANKS.exec(question);
  if (hello === null) return question;
  const rest = question
    .slice(hello[0].length)
    .replace(/^( there| all| team| everyone)?[\s,!.:;-]+/, '')
    .trim();
  return rest.length > 0 ? rest : question;
}

/** Words that make the rest of a message a question of its own ("thanks, which roles are remote?"). */
const ASKS = /\b(which|what|whats|where|when|how|who|any|anything|show|list|find|roles?|jobs?|compare)\b/;
/** Thanks followed by a few words of praise ("thanks, that's helpful") is still only thanks. */
const MAX_THANKS_TAIL_WORDS = 5;

function greetingMood(question: string): 'hello' | 'thanks' | null {
  const bare = question
    .replace(/[!.?,:;)(🙂😊👍🙏]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [mood, pattern] of [
    ['thanks', THANKS],
    ['hello', HELLO],
  ] as const) {
    const match = pattern.exec(bare);
    if (match === null) continue;
    const tail = bare.slice(match[0].length);
    if (GREETING_TAIL.test(tail)) return mood;
    const words = tail.trim().split(' ').length;
    const praise = !question.includes('?') && words <= MAX_THANKS_TAIL_WORDS && !ASKS.test(tail);
    if (mood === 'thanks' && praise) return mood;
  }
  return null;
}

const PAY_WORD =
  '(?:paying|paid|pay|pays|salar(?:y|ies)|compensated|compensation|comp|wages?|earning|earners?|rate)';
const HIGH = '(?:highest|best|top|most|biggest|largest|max(?:imum)?)';
const LOW = '(?:lowest|least|worst|smallest|min(?:imum)?|poorest)';
const EXTREMES: readonly { pattern: RegExp; direction: 'highest' | 'lowest' }[] = [
  // "highest paying", "best paid", "highest hourly rate", "top ml salary": at most one word between.
  // The word between is kept: it may say which roles or which period ("hourly").
  {
    pattern: new RegExp(String.raw`\b${HIGH}[- ](?:([\p{L}]+)[- ])?${PAY_WORD}\b`, 'u'),
    direction: 'highest',
  },
  { pattern: new RegExp(String.raw`\b${LOW}[- ](?:([\p{L}]+)[- ])?${PAY_WORD}\b`, 'u'), direction: 'lowest' },
  {
    pattern: /\b(?:pays?|earns?|makes?|offers?) (?:the )?(?:most|best|highest|top)(?: money)?\b/,
    direction: 'highest',
  },
  {
    pattern: /\b(?:pays?|earns?|makes?|offers?) (?:the )?(?:least|lowest|worst)(?: money)?\b/,
    direction: 'lowest',
  },
  { pattern: /\bbest[- ]paid\b|\bmost lucrative\b|\bbest money\b/, direction: 'highest' },
];

/** Pay words around a superlative that say nothing about which roles. */
const EXTREME_FILLER = new RegExp(
  String.raw`\b(?:which|what|who|whose|is|are|the|one|ones|of|all|does|do|there|any|${PAY_WORD}|money|well|most|best|highest|top|least|lowest|worst)\b`,
  'g',
);

function extremeOf(question: string): QuestionForm | null {
  for (const { pattern, direction } of EXTREMES) {
    const match = pattern.exec(question);
    if (match === null) continue;
    const rest =
      `${question.slice(0, match.index)} ${match[1] ?? ''} ${question.slice(match.index + match[0].length)}`
        .replace(EXTREME_FILLER, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return { kind: 'extreme', direction, rest };
  }
  return null;
}

/** "Is there…", "are there any…", "anything…", "do any roles…": asks whether, not which. */
const EXISTS_START =
  /^(?:is there|are there|is anything|anything|any|do you have|have you got|got any|do any|does any|does anything|can i find|could i find)\b/;
/** A pay threshold in words; whether it really is one is for the query parser to say. */
const THRESHOLD =
  /\b(?:over|above|more than|at least|upwards of|under|below|less than|no more than|between|paying|pays?)\b|\d\s*k\b|[£$€₹¥]\s*\d|\d\s*\+/;

function existsOf(question: string): QuestionForm | null {
  if (!EXISTS_START.test(question) || !THRESHOLD.test(question)) return null;
  const rest = question
    .replace(EXISTS_START, ' ')
    .replace(/\b(?:any|one|ones|that|which|who|there|a)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { kind: 'exists', rest };
}

const COMPARE = [
  /^(?:can you |could you |please |pls )*compare (.+)$/,
  /^(?:what'?s |what is |whats )?the difference between (.+)$/,
  /^how (?:does|do) (.+?) compare (?:to|with|against) (.+)$/,
  /^(.+?) (?:vs\.?|versus) (.+)$/,
  // "Which pays more, the QA tester or the maths tutor?": two named roles side by side answer it.
  /^(?:which|who|what) (?:one )?(?:pays|earns|is paid|is better paid|gets paid) (?:more|better|less|the most)[,:]? (.+?) or (.+)$/,
];
const COUNTED = /^(?:the |these |those )?(two|three|2|3|both) (.+)$/;
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, both: 2, 2: 2, three: 3, 3: 3 };

function compareOf(question: string): QuestionForm | null {
  for (const pattern of COMPARE) {
    const match = pattern.exec(question.replace(/[?!.]+$/, '').trim());
    if (match === null) continue;
    const whole = match
      .slice(1)
      .filter((part): part is string => part !== undefined)
      .join(' and ')
      .trim();
    const counted = COUNTED.exec(whole);
    if (counted?.[1] !== undefined && counted[2] !== undefined) {
      return { kind: 'compare', subjects: [counted[2]], count: COUNT_WORDS[counted[1]] ?? null, whole };
    }
    const subjects = whole
      .split(/\s*(?:,|;|&|\band\b|\bwith\b|\bto\b|\bagainst\b|\bvs\.?|\bversus\b)\s*/)
      .map((subject) => subject.trim())
      .filter((subject) => subject.length > 0);
    return { kind: 'compare', subjects, count: null, whole };
  }
  return null;
}

/** The form of a cleaned (lower-case) question, or null for the question kinds read by their wording alone. */
export function readQuestionForm(question: string): QuestionForm | null {
  const mood = greetingMood(question);
  if (mood !== null) return { kind: 'greeting', mood };
  return compareOf(question) ?? extremeOf(question) ?? existsOf(question);
}
