import type { Sections } from '../../model/posting.ts';

/**
 * Splits a posting into the sections its headings announce and maps them onto `Sections`.
 * Copied pages lose their formatting, so a heading may run straight into its first bullet
 * ("What You'll Do- Lead a…") and a bullet list may arrive as one run-together line.
 */

export type SectionKind =
  | 'preamble'
  | 'about'
  | 'responsibilities'
  | 'qualifications'
  | 'benefits'
  | 'location'
  | 'boilerplate'
  | 'other';

export interface TextBlock {
  kind: SectionKind;
  heading: string | null;
  lines: string[];
}

const HEADINGS: [SectionKind, string[]][] = [
  [
    'about',
    [
      'about the role',
      'about the team',
      'about the job',
      'about the position',
      'about this role',
      'about this job',
      'about this position',
      'about the opportunity',
      'about us',
      'about you and the role',
      'who we are',
      'the role',
      'the team',
      'the opportunity',
      'your team',
      'role overview',
      'position overview',
      'job overview',
      'overview',
      'role summary',
      'position summary',
      'job summary',
      'summary',
      'description',
      'job description',
      'role description',
      'position description',
      'the company',
      'company description',
      'introduction',
      // Prose about the role; any bullets under it are sorted like other loose bullets.
      'your role',
    ],
  ],
  [
    'responsibilities',
    [
      "what you'll do",
      'what you will do',
      "what you'll be doing",
      'what you will be doing',
      "what you'll work on",
      'what you will work on',
      "what you'll own",
      "you'd work on",
      'you would work on',
      'you will work on',
      "you'll work on",
      'about the internship',
      'the internship',
      'responsibilities',
      'key responsibilities',
      'main responsibilities',
      'your responsibilities',
      'job responsibilities',
      'role responsibilities',
      'duties',
      'key duties',
      'duties and responsibilities',
      'responsibilities and duties',
      'your impact',
      'the impact you will have',
      "the impact you'll have",
      'in this role you will',
      "in this role, you'll",
      "in this role you'll",
      'day to day',
      'day-to-day',
      'what the job involves',
      'your mission',
      'the work',
      'what you will achieve',
      'how you will make an impact',
      "how you'll make an impact",
    ],
  ],
  [
    'qualifications',
    [
      'who you are',
      'requirements',
      'job requirements',
      'minimum requirements',
      'key requirements',
      'qualifications',
      'minimum qualifications',
      'basic qualifications',
      'preferred qualifications',
      'required qualifications',
      'desired qualifications',
      'qualifications and experience',
      "what you'll need",
      'what you will need',
      "what we're looking for",
      'what we are looking for',
      "what you'll bring",
      'what you bring',
      'what you will bring',
      "who you'll be",
      'about you',
      'your profile',
      'your background',
      'your experience',
      'skills',
      'skills and experience',
      'skills & experience',
      'required skills',
      'experience',
      'nice to have',
      'nice to haves',
      'nice-to-have',
      'nice-to-haves',
      'bonus points',
      'bonus points if you have',
      'bonus',
      'must have',
      'must haves',
      'must-have',
      'you have',
      'you might also have',
      'ideally you have',
      'preferred',
      'preferred skills',
      'you should have',
      "we'd love to hear from you if you have",
      'is this you',
      'who we are looking for',
      "who we're looking for",
      'you might be a good fit if you have',
      'you might be a good fit if',
      'you may be a good fit if',
      "you're a good fit if",
      'you are a good fit if',
      'ideal candidate',
      'the ideal candidate',
      'what makes you a great fit',
    ],
  ],
  [
    'benefits',
    [
      'what we offer',
      'what we provide',
      'we offer',
      'benefits',
      'our benefits',
      'benefits and perks',
      'perks',
      'perks and benefits',
      'perks & benefits',
      'benefits & perks',
      'why join us',
      "why you'll love working here",
      'why work with us',
      'why us',
      'compensation',
      'compensation and benefits',
      'compensation & benefits',
      'salary and benefits',
      'pay and benefits',
      "what's in it for you",
      'what is in it for you',
      "what you'll get",
      'what you get',
      'rewards',
      'pay and perks',
      'perks and pay',
      'total rewards',
    ],
  ],
  [
    'location',
    [
      "where you'll be",
      'where you will be',
      "where you'll work",
      'where you will work',
      'location',
      'locations',
      'work location',
      'working location',
      'workplace',
      'work environment',
      'remote work',
      'how we work',
      'working arrangements',
      'flexible working',
    ],
  ],
  [
    'boilerplate',
    [
      'equal opportunity',
      'equal opportunity employer',
      'equal employment opportunity',
      'eeo statement',
      'diversity and inclusion',
      'diversity, equity and inclusion',
      'accommodations',
      'reasonable accommodations',
      'privacy notice',
      'applicant privacy notice',
      'how to apply',
      'application process',
      'our hiring process',
      'interview process',
      'the interview process',
    ],
  ],
];

const HEADING_KIND = new Map<string, SectionKind>();
for (const [kind, names] of HEADINGS) for (const name of names) HEADING_KIND.set(name, kind);
const LONGEST_FIRST = [...HEADING_KIND.keys()].sort((a, b) => b.length - a.length);

export interface HeadingMatch {
  kind: SectionKind;
  heading: string;
  /** Text that ran on after the heading: its first bullet or value. */
  rest: string | null;
}

/** Recognises a heading line, also when its first bullet is glued to it ("Who You Are- 5+ years"). */
export function matchHeading(line: string): HeadingMatch | null {
  const clean = line.replace(/^- /, '').trim();
  const lower = clean.toLowerCase();
  for (const name of LONGEST_FIRST) {
    if (!lower.startsWith(name)) continue;
    const after = clean.slice(name.length);
    const kind = HEADING_KIND.get(name)!;
    const heading = clean.slice(0, name.length);
    if (/^\s*[:?!.]?\s*$/.test(after)) return { kind, heading, rest: null };
    // "What You'll Do- Lead a team", "Requirements: 5+ years"; not "Responsibilities include …".
    const runOn = /^\s*[:?]?\s*[-:]\s*(\S.*)$/.exec(after);
    if (runOn && !line.startsWith('- ')) return { kind, heading, rest: `- ${runOn[1]}` };
  }
  // "About Spotify", "About Northwind Ledger": a short "About <Name>" line introduces the company.
  if (/^[Aa]bout [A-Z][\w&.' -]{1,40}$/.test(clean) && clean.split(' ').length <= 5) {
    return { kind: 'about', heading: clean, rest: null };
  }
  return null;
}

/** Splits lines into blocks at headings. The first block, before any heading, is the preamble. */
export function splitBlocks(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [{ kind: 'preamble', heading: null, lines: [] }];
  for (const line of lines) {
    const match = line === '' ? null : matchHeading(line);
    if (match) {
      blocks.push({ kind: match.kind, heading: match.heading, lines: match.rest ? [match.rest] : [] });
      continue;
    }
    blocks[blocks.length - 1]!.lines.push(line);
  }
  return blocks;
}

const EEO =
  /\b(?:equal opportunity|equal employment|reasonable accommodations?|accommodations? (?:at any stage|during)|without regard to|protected veteran|affirmative action|e-verify|applicant privacy|privacy notice|know your rights|pay transparency|fair chance|background check|recruitment agencies|unsolicited resumes?)\b/i;
const PAY =
  /\b(?:base (?:salary |pay )?range|salary range|pay range|compensation range|base salary|base pay|on-target earnings|ranges? (?:may|is|are) (?:be )?(?:modified|subject)|this range encompasses|leveling is determined|placement in a level)\b/i;
const BENEFIT = /\bbenefits?\b|\bperks?\b|\bpaid (?:time off|leave|parental)|\bhealth insurance\b/i;

function isBoilerplate(paragraph: string): boolean {
  return EEO.test(paragraph);
}

const QUALIFICATION_START =
  /^(?:you(?:'re|'ve| are| have| bring| know| can| enjoy| care| thrive| understand| stay| create| possess)?\b|your\b|\d+\+?\s*(?:years?|yrs)|experience\b|extensive\b|proficien|strong\b|solid\b|deep\b|familiar|knowledge\b|bachelor|master|degree\b|ph\.?d|b\.?s\.?\b|ability\b|able to\b|excellent\b|demonstrated\b|proven\b|background\b|expertise\b|comfort|fluen|hands-on\b|track record\b|understanding\b|a (?:strong|solid|deep|proven|passion)\b|passion|curious\b|exposure\b|prior\b|previous\b|working knowledge\b|nice to have\b|bonus\b)/i;
const LOCATION_ITEM =
  /^(?:this (?:role|position|job) (?:is|will be) (?:based|located|remote|hybrid|on-?site)|we offer you the flexibility|you can be (?:based )?(?:within|anywhere)|this team operates within|we ask that our team members be physically located)/i;

/** Where a loose bullet belongs when the page gave its list no heading. */
export function classifyLooseItem(item: string): 'responsibilities' | 'qualifications' | 'location' {
  if (LOCATION_ITEM.test(item)) return 'location';
  if (QUALIFICATION_START.test(item)) return 'qualifications';
  return 'responsibilities';
}

/** Words after which a capitalised word is a name inside the item, not the start of the next item. */
const JOINING_WORDS = new Set(
  'a an the and or of for to in on at by with from into onto across like as via such including include includes using use than about over under within between e.g. i.e. our your their its this that these those is are be'.split(
    ' ',
  ),
);

/**
 * Splits a bullet list that lost its line breaks ("… for hundreds of millions of users Own ranking systems …")
 * at each capitalised word that follows a lower-case word which cannot join it to a name. Acronyms ("AI",
 * "A/B") never start an item, and names the caller knows (skills, the company) are left joined.
 */
export function splitRunTogether(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const words = text.split(' ');
  const items: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1];
    const current = items[items.length - 1]!;
    const startsItem =
      previous !== undefined &&
      /^[A-Z][a-z']+[,:]?$/.test(word) &&
      /^[a-z].*[a-z0-9)]$/.test(previous) &&
      !JOINING_WORDS.has(previous.toLowerCase()) &&
      !names.has(word.replace(/[,:]$/, '').replace(/'s$/, '')) &&
      current.length >= 4;
    if (startsItem) items.push([word]);
    else current.push(word);
  }
  return items.map((item) => item.join(' ').trim()).filter((item) => item !== '');
}

/** Sentences of a prose paragraph, each split again when it is really a run-together list. */
export function proseItems(paragraph: string, names: ReadonlySet<string> = new Set()): string[] {
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-Z"'(])/);
  return sentences.flatMap((sentence) =>
    sentence.length > 120 ? splitRunTogether(sentence, names) : [sentence],
  );
}

interface Paragraph {
  bullet: boolean;
  text: string;
  /** A prose paragraph that follows a bullet list after a blank line: usually a closing note, not an item. */
  afterList: boolean;
}

function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let sawBullet = false;
  let blankSinceBullet = false;
  for (const line of lines) {
    if (line === '') {
      if (sawBullet) blankSinceBullet = true;
      continue;
    }
    if (line.startsWith('- ')) {
      out.push({ bullet: true, text: line.slice(2).trim(), afterList: false });
      sawBullet = true;
      blankSinceBullet = false;
      continue;
    }
    out.push({ bullet: false, text: line, afterList: sawBullet && blankSinceBullet });
  }
  return out;
}

export interface SectionOptions {
  /** Names that must not start a split item (skills, the company). */
  names?: ReadonlySet<string>;
}

/** Maps blocks onto `Sections`: about prose, and the three lists. */
export function buildSections(blocks: readonly TextBlock[], options: SectionOptions = {}): Sections {
  const names = options.names ?? new Set<string>();
  const about: string[] = [];
  const lists = {
    responsibilities: [] as string[],
    qualifications: [] as string[],
    benefits: [] as string[],
  };

  const closingNote = (text: string) => {
    if (isBoilerplate(text)) return;
    if (PAY.test(text) || BENEFIT.test(text)) {
      for (const sentence of proseItems(text))
        if (BENEFIT.test(sentence) && !PAY.test(sentence)) lists.benefits.push(sentence);
      return;
    }
    about.push(text);
  };

  for (const block of blocks) {
    for (const paragraph of paragraphsOf(block.lines)) {
      const { text } = paragraph;
      switch (block.kind) {
        case 'preamble':
        case 'about':
        case 'other':
          if (paragraph.bullet) {
            const kind = classifyLooseItem(text);
            if (kind !== 'location') lists[kind].push(text);
          } else closingNote(text);
          break;
        case 'responsibilities':
        case 'qualifications':
        case 'benefits':
          if (paragraph.bullet) lists[block.kind].push(text);
          else if (paragraph.afterList || isBoilerplate(text)) closingNote(text);
          else lists[block.kind].push(...proseItems(text, names));
          break;
        case 'location':
          if (!paragraph.bullet && paragraph.afterList) closingNote(text);
          break;
        case 'boilerplate':
          break;
      }
    }
  }
  return { about: about.join('\n\n'), ...lists };
}

/** The text of every block of one kind, for rules that only trust a statement in its own section. */
export function blockText(blocks: readonly TextBlock[], kind: SectionKind): string {
  return blocks
    .filter((block) => block.kind === kind)
    .map((block) => block.lines.join('\n'))
    .join('\n');
}
