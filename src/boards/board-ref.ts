/**
 * Which board a person means: the system (Greenhouse, Lever, Ashby) and the board's name on it, read from the
 * URL as people copy it from a browser, or written as `greenhouse:acme`.
 */

/** `lever-eu`: Lever's EU-hosted boards (jobs.eu.lever.co), whose API is a separate instance. */
export const BOARD_SYSTEMS = ['greenhouse', 'lever', 'lever-eu', 'ashby'] as const;
export type BoardSystem = (typeof BOARD_SYSTEMS)[number];

export interface BoardRef {
  system: BoardSystem;
  /** The board's name as the system spells it in URLs (`acme`); lower case. */
  board: string;
}

export const SYSTEM_NAMES: Record<BoardSystem, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  'lever-eu': 'Lever (EU)',
  ashby: 'Ashby',
};

/** Host → system. */
const HOSTS: Record<string, BoardSystem> = {
  'boards.greenhouse.io': 'greenhouse',
  'job-boards.greenhouse.io': 'greenhouse',
  'job-boards.eu.greenhouse.io': 'greenhouse',
  'jobs.lever.co': 'lever',
  'jobs.eu.lever.co': 'lever-eu',
  'jobs.ashbyhq.com': 'ashby',
};

/** A board name as the systems allow it: letters, digits, dashes, dots and underscores. */
const BOARD_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** `greenhouse:acme`, or `acme` on its own is not enough: the same name exists on several systems. */
const PLAIN = /^(greenhouse|lever-eu|lever|ashby)\s*[:/]\s*([^\s/]+)$/i;

/** The board a URL or `system:name` points at; null when it names none of the systems we follow. */
export function parseBoardRef(input: string): BoardRef | null {
  const text = input.trim().replace(/^<|>$/g, '').split('|')[0]!.trim();
  const plain = PLAIN.exec(text);
  if (plain !== null) return checked(plain[1]!.toLowerCase() as BoardSystem, plain[2]!);
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const system = HOSTS[url.hostname.toLowerCase()];
  if (system === undefined) return null;
  // Greenhouse also serves embedded boards as `/embed/job_board?for=acme`.
  const embedded = url.searchParams.get('for');
  if (system === 'greenhouse' && embedded !== null) return checked(system, embedded);
  const first = url.pathname.split('/').find((part) => part !== '');
  // `/embed/job_app?token=…` without `for` names a job, not its board.
  if (first === undefined || (system === 'greenhouse' && first === 'embed')) return null;
  return checked(system, decodeURIComponent(first));
}

function checked(system: BoardSystem, board: string): BoardRef | null {
  const name = board.toLowerCase();
  return BOARD_NAME.test(name) ? { system, board: name } : null;
}

/** The ATS a system belongs to, as postings name their board (`source.board`): EU Lever is still Lever. */
export function boardOfSystem(system: BoardSystem): string {
  return system === 'lever-eu' ? 'lever' : system;
}

/** `greenhouse:acme`: how boards are named in files, logs, source paths and commands. */
export function boardKey(ref: BoardRef): string {
  return `${ref.system}:${ref.board}`;
}

/** The page people open in a browser for the board. */
export function boardPageUrl(ref: BoardRef): string {
  switch (ref.system) {
    case 'greenhouse':
      return `https://boards.greenhouse.io/${ref.board}`;
    case 'lever':
      return `https://jobs.lever.co/${ref.board}`;
    case 'lever-eu':
      return `https://jobs.eu.lever.co/${ref.board}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${ref.board}`;
  }
}

/** "Acme Robotics" from `acme-robotics`: what to call a company whose board API gives no name. */
export function nameFromBoard(board: string): string {
  return board
    .split(/[-_.]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
