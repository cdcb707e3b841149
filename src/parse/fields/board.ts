/**
 * The job board or ATS a page was saved from: an explicit "via lever", a posting URL, or a marker the
 * board prints on its pages ("© LinkedIn Corporation", "Powered by Greenhouse").
 */

const HOSTS: [string, RegExp][] = [
  ['linkedin', /(?:^|\.)linkedin\.com$/],
  ['greenhouse', /(?:^|\.)greenhouse\.io$/],
  ['lever', /(?:^|\.)lever\.co$/],
  ['indeed', /(?:^|\.)indeed\.[a-z.]+$/],
  ['workday', /(?:^|\.)myworkdayjobs\.com$|(?:^|\.)workday\.com$/],
  ['ashby', /(?:^|\.)ashbyhq\.com$/],
  ['smartrecruiters', /(?:^|\.)smartrecruiters\.com$/],
  ['workable', /(?:^|\.)workable\.com$/],
  ['bamboohr', /(?:^|\.)bamboohr\.com$/],
  ['recruitee', /(?:^|\.)recruitee\.com$/],
  ['personio', /(?:^|\.)personio\.(?:de|com)$/],
  ['teamtailor', /(?:^|\.)teamtailor\.com$/],
  ['jobvite', /(?:^|\.)jobvite\.com$/],
  ['icims', /(?:^|\.)icims\.com$/],
  ['glassdoor', /(?:^|\.)glassdoor\.[a-z.]+$/],
  ['wellfound', /(?:^|\.)wellfound\.com$|(?:^|\.)angel\.co$/],
  ['otta', /(?:^|\.)otta\.com$/],
  ['hackernews', /(?:^|\.)news\.ycombinator\.com$/],
  ['stackoverflow', /(?:^|\.)stackoverflow\.com$/],
  ['dice', /(?:^|\.)dice\.com$/],
  ['ziprecruiter', /(?:^|\.)ziprecruiter\.com$/],
  ['monster', /(?:^|\.)monster\.[a-z.]+$/],
];

const KNOWN = new Set(HOSTS.map(([board]) => board));

export function boardFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [board, pattern] of HOSTS) if (pattern.test(host)) return board;
  return null;
}

/** Each marker with a word it cannot match without, so a page that lacks the word skips the pattern. */
const MARKERS: [string, string, RegExp][] = [
  ['linkedin', 'linkedin', /^linkedin$|linkedin corporation/im],
  ['linkedin', 'join now', /^skip to main content$[\s\S]*^join now$/im],
  ['greenhouse', 'greenhouse', /powered by greenhouse|^greenhouse$/im],
  ['lever', 'lever', /powered by lever|^lever$/im],
  ['workday', 'workday', /powered by workday|^workday$/im],
  ['ashby', 'ashby', /powered by ashby|^ashby$/im],
  ['indeed', 'indeed', /^indeed$|indeed\.com|^indeed apply$/im],
  ['glassdoor', 'glassdoor', /^glassdoor$|©\s*\d{4}\s+glassdoor/im],
  ['indeed', 'indeed', /©\s*\d{4}\s+indeed\b/i],
  ['workday', 'workday', /©\s*\d{4}\s+workday\b/i],
  ['hackernews', 'hacker news', /^hacker news\b/im],
  ['hackernews', 'ycombinator', /news\.ycombinator\.com/i],
  ['hackernews', 'ask hn', /^ask hn: who is hiring/im],
  ['ziprecruiter', 'ziprecruiter', /\bziprecruiter\b/i],
  ['wellfound', 'wellfound', /\bwellfound\b/i],
  ['smartrecruiters', 'smartrecruiters', /powered by smartrecruiters/i],
  ['workable', 'workable', /powered by workable/i],
];

/** The board, lower case, from the page's chrome and text; null when nothing names one. */
export function detectBoard(pageText: string, url: string | null, tail = ''): string | null {
  const via = /via /i.test(pageText) ? /^via ([a-z][\w.-]*)$/im.exec(pageText) : null;
  if (via) return via[1]!.toLowerCase();
  if (url) {
    const fromUrl = boardFromUrl(url);
    if (fromUrl) return fromUrl;
  }
  if (pageText.includes('http')) {
    for (const match of pageText.matchAll(/https?:\/\/[^\s)"'<>]+/g)) {
      const fromUrl = boardFromUrl(match[0]);
      if (fromUrl && KNOWN.has(fromUrl)) return fromUrl;
    }
  }
  const lowerPage = pageText.toLowerCase();
  const lowerTail = tail.toLowerCase();
  for (const [board, word, pattern] of MARKERS) {
    if (lowerPage.includes(word) && pattern.test(pageText)) return board;
    if (lowerTail.includes(word) && pattern.test(tail)) return board;
  }
  return null;
}

/** A URL the page states as its own address ("URL: https://…", a line that is only a link). */
export function findPageUrl(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match =
      /^(?:(?:url|link|job url|source|original posting|apply(?: here| at)?)\s*:\s*)?(https?:\/\/\S+)$/i.exec(
        line.trim(),
      );
    if (match && isValidUrl(match[1]!)) return match[1]!;
  }
  return null;
}

export function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
