/**
 * One or two sentences about the role itself, for a card. Sentences that speak of the role ("In this role,
 * you'll…", "We are looking for a…") beat company boilerplate; the first responsibility is the fallback.
 */

export const SUMMARY_MAX = 300;

/** Sentences that describe the role itself, strongest first. */
const ROLE_SENTENCES = [
  /\b(?:we are (?:now )?looking for|we're (?:now )?looking for|(?:is|are) looking for an?|we are hiring|we're hiring|we are seeking|we're seeking|as an? [A-Z]|as the [A-Z]|will focus on|join (?:us|our team|the team) as|in this role)\b/i,
  /\b(?:you will|you'll)\b/i,
  /\b(?:this role|the role|this position)\b/i,
];
const BOILERPLATE =
  /^join us\b|\bequal opportunity|\baccommodation|\bbenefits\b|\bbase (?:salary |pay )?range\b|\bapply\b/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"'])|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 20);
}

/** Cuts at a word boundary and marks the cut, so a card never shows half a word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export function buildSummary(about: string, responsibilities: readonly string[]): string {
  const candidates = sentences(about).filter((sentence) => !BOILERPLATE.test(sentence));
  let picked: string[] = [];
  for (const pattern of ROLE_SENTENCES) {
    const start = candidates.findIndex((sentence) => pattern.test(sentence));
    if (start < 0) continue;
    picked = [candidates[start]!];
    const next = candidates[start + 1];
    const isRoleSentence = (sentence: string) => ROLE_SENTENCES.some((role) => role.test(sentence));
    if (next && isRoleSentence(next) && picked[0]!.length + next.length + 1 <= SUMMARY_MAX) picked.push(next);
    break;
  }
  if (picked.length === 0)
    picked = responsibilities.length > 0 ? [responsibilities[0]!] : candidates.slice(0, 1);
  return clip(picked.join(' '), SUMMARY_MAX);
}
