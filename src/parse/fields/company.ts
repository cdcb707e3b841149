/**
 * Company and team names from the posting's own prose. Only ever given noise-free text, so a company
 * that appears only in a "Similar jobs" list can never be chosen.
 */

/** Words of a name sit on one line: a heading above a paragraph is not part of the name that starts it. */
const NAME = "[A-Z][A-Za-z0-9&.'-]*(?: +[A-Z][A-Za-z0-9&.'-]*){0,2}";

/** Contexts in which a capitalised name is almost always the employer. */
const COMPANY_CONTEXTS = [
  new RegExp(`(${NAME})'s\\b`, 'g'),
  new RegExp(`\\b(?:at|At|join|Join|joining|Joining|about|About|with|With) +(${NAME})\\b`, 'g'),
  new RegExp(
    `\\b(${NAME}) +(?:is|was|are|has|builds|offers|provides|helps|transformed|makes|believes|values|sells|runs|processes|creates|designs|develops|delivers|protects|powers|serves|operates|connects|lets|enables|supports|welcomes|was founded|started)\\b`,
    'g',
  ),
];

/** Capitalised words that start sentences or name things other than an employer. */
const NOT_COMPANIES = new Set(
  `We You Our Your The This That These Those It Its In At As If On For From With Join About Every Each All Today
  Here There They Their He She His Her Who What When Where Why How And Or But So Also Yes No Please Apply Note
  Team Teams Role Roles Position Job Jobs Company Companies Home Search Browse Engineering Product Design Data
  Research Science Sales Marketing Operations Finance Legal People HR Support Security Infrastructure Platform
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December AI ML LLM LLMs API APIs US USA UK EU Europe America North South East West
  Remote Hybrid Senior Junior Staff Principal Lead Manager Engineer Director Intern Head New Now Made Discover`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

function cleanName(name: string): string | null {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_COMPANIES.has(words[0]!)) words.shift();
  while (words.length > 0 && NOT_COMPANIES.has(words[words.length - 1]!)) words.pop();
  const out = words.join(' ').replace(/[.'-]+$/, '');
  return out.length >= 2 ? out : null;
}

/** The name the prose keeps coming back to as the employer ("Spotify's", "At Spotify", "Spotify is"), or null. */
export function dominantName(text: string): string | null {
  const counts = new Map<string, number>();
  for (const pattern of COMPANY_CONTEXTS) {
    for (const match of text.matchAll(pattern)) {
      const name = cleanName(match[1] ?? '');
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  return best !== null && best[1] >= 2 ? best[0] : null;
}

/** "The Personalization team …", "The Personalization (PZN) team", "our Ledger Core group". */
export function teamFromProse(text: string): string | null {
  const match =
    /\b(?:The|the|Our|our|join the|Join the) +((?:[A-Z][\w&'-]*)(?: +[A-Z][\w&'-]*){0,3}) +(?:\([A-Z]{2,6}\) +)?(?:team|squad|group)\b/.exec(
      text,
    );
  if (!match) return null;
  const name = match[1]!;
  return NOT_COMPANIES.has(name) ? null : name;
}
