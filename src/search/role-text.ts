import type { Posting } from '../model/posting.ts';

/**
 * Paragraphs every employer adds (equal opportunity, accommodation, benefits). They say nothing about the role,
 * and left in the index they make "visa", "health" or "veteran" match every posting.
 */
const BOILERPLATE = [
  /equal (employment )?opportunit/i,
  /without regard to (race|age|sex)/i,
  /(race|religion|color|colour),? (religion|national origin|sex|gender)/i,
  /sexual orientation|gender identity|veteran status|protected (veteran|characteristic)/i,
  /reasonable accommodation|accommodations? (during|in) the (recruiting|hiring|application)/i,
  /\b(benefits|perks) (include|package|such as)|we offer (competitive|a range|generous)/i,
  /health(,| and) (dental|vision)|401\s*\(?k\)?|paid time off|parental leave|(medical|dental|vision) (insurance|coverage)/i,
  /privacy (notice|policy)|e-verify|pay transparency/i,
];

function isBoilerplate(paragraph: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(paragraph));
}

/**
 * The posting's text with boilerplate sentences and benefits bullets removed. Works sentence by sentence because
 * saved pages often arrive as one long paragraph, where dropping a whole paragraph would drop the role.
 */
export function roleText(posting: Posting): string {
  const benefits = new Set(posting.sections.benefits.map((line) => line.trim()));
  return posting.text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0 && !benefits.has(paragraph) && !isBoilerplate(paragraph))
    .join('\n');
}
