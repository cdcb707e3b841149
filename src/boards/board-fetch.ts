/**
 * The one way the bot reaches a job board's API: a GET with a timeout, retried with backoff on 429 and 5xx
 * (honouring Retry-After), and the answer read as JSON. Every outbound request of `src/boards/` goes here.
 */

export type BoardFetchProblem = 'not-found' | 'http' | 'timeout' | 'network' | 'malformed';

export class BoardFetchError extends Error {
  readonly problem: BoardFetchProblem;
  readonly status: number | null;
  constructor(problem: BoardFetchProblem, message: string, options?: { status?: number; cause?: unknown }) {
    super(`Boards: ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BoardFetchError';
    this.problem = problem;
    this.status = options?.status ?? null;
  }
}

export interface FetchPolicy {
  /** The longest wait for one attempt, headers and body together. */
  timeoutMs: number;
  /** Attempts after the first, for 429, 5xx, timeouts and dropped connections. */
  retries: number;
  /** First backoff; doubles each retry. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the board is tried again next sync. */
  maxRetryAfterMs: number;
  /** A bigger answer is refused (the largest real boards send tens of MB); default 100 MB. */
  maxBodyBytes?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
};

const USER_AGENT = 'roles-slack-bot (job board follower; +https://github.com/)';

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024 * 1024;

/** The body as text, stopping (and refusing it) past `limit` bytes rather than holding it all first. */
async function readBody(response: Response, limit: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooBig = () => new BoardFetchError('malformed', `${url} answered with more than ${limit} bytes`);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  if (response.body === null) return '';
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (bytes > limit) {
      await response.body.cancel().catch(() => undefined);
      throw tooBig();
    }
    pieces.push(decoder.decode(chunk, { stream: true }));
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** GETs `url` and parses its JSON body; throws BoardFetchError saying what went wrong. */
export async function fetchBoardJson(
  url: string,
  policy: FetchPolicy = DEFAULT_FETCH_POLICY,
): Promise<unknown> {
  const sleep = policy.sleep ?? wait;
  let attempt = 0;
  for (;;) {
    let delay: number;
    let failure: BoardFetchError;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(policy.timeoutMs),
        redirect: 'follow',
      });
      if (response.ok) {
        const body = await readBody(response, policy.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, url);
        try {
          return JSON.parse(body) as unknown;
        } catch (error) {
          throw new BoardFetchError('malformed', `${url} did not answer with JSON`, { cause: error });
        }
      }
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 404) {
        throw new BoardFetchError('not-found', `${url} answered 404`, { status: 404 });
      }
      failure = new BoardFetchError('http', `${url} answered ${response.status}`, {
        status: response.status,
      });
      if (response.status !== 429 && response.status < 500) throw failure;
      const stated = retryAfterMs(response.headers.get('retry-after'));
      if (stated !== null && stated > policy.maxRetryAfterMs) throw failure;
      delay = stated ?? policy.backoffMs * 2 ** attempt;
    } catch (error) {
      if (error instanceof BoardFetchError) throw error;
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      failure = timedOut
        ? new BoardFetchError('timeout', `${url} did not answer within ${policy.timeoutMs} ms`, {
            cause: error,
          })
        : new BoardFetchError('network', `${url} could not be reached`, { cause: error });
      delay = policy.backoffMs * 2 ** attempt;
    }
    if (attempt >= policy.retries) throw failure;
    attempt++;
    await sleep(delay);
  }
}
