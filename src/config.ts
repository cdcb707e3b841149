import { existsSync } from 'node:fs';
import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';

/**
 * Configuration from environment variables, validated once at start.
 * A bad value gives one message per variable that names it and says how to fix it, without echoing secrets.
 */

export type SlackMode = 'socket' | 'http' | 'console';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Empty values count as unset, so a copied `.env.example` with blanks behaves like no `.env`. */
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

function wholeNumber(message: string, accept: (n: number) => boolean) {
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => Number.isSafeInteger(n) && accept(n), message);
}

const withDefault = (fallback: string) =>
  z.preprocess((value) => (value === undefined || value === '' ? fallback : value), z.string());

export const Env = z.object({
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message:
      'must be a bot token starting with "xoxb-" (Slack app settings → OAuth & Permissions → Bot User OAuth Token)',
  }),
  SLACK_SIGNING_SECRET: optionalText.refine((v) => v === undefined || /^[0-9a-zA-Z]{16,}$/.test(v), {
    message: 'must be the signing secret from Slack app settings → Basic Information → App Credentials',
  }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message:
      'must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)',
  }),
  PORT: withDefault('3000').pipe(
    wholeNumber('must be a whole number from 0 to 65535, e.g. 3000', (n) => n <= 65535),
  ),
  SLACK_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+\/$/.test(v), {
    message:
      'must be an http(s) URL ending in "/", e.g. https://slack.com/api/ (leave it unset to use Slack)',
  }),
  POSTINGS_DIR: withDefault('seeds'),
  DATA_DIR: withDefault('.data'),
  LOG_LEVEL: withDefault('info').pipe(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  ),
  MAX_POSTING_BYTES: optionalText.pipe(
    wholeNumber('must be a positive whole number of bytes, e.g. 1000000', (n) => n > 0).optional(),
  ),
  MAX_POSTING_FILES: optionalText.pipe(
    wholeNumber('must be a positive whole number of files, e.g. 200000', (n) => n > 0).optional(),
  ),
  PARSE_TIMEOUT_MS: withDefault('10000').pipe(
    wholeNumber('must be a whole number of milliseconds from 100 up, e.g. 10000', (n) => n >= 100),
  ),
  RESCAN_INTERVAL_MS: withDefault('300000').pipe(
    wholeNumber('must be a whole number of milliseconds from 1000 up, e.g. 300000', (n) => n >= 1000),
  ),
  DIGEST_CRON: withDefault('0 9 * * 1').refine(isValidCron, {
    message: 'must be a cron expression such as "0 9 * * 1" (minute hour day-of-month month day-of-week)',
  }),
  DIGEST_TIMEZONE: withDefault('UTC').refine(isTimeZone, {
    message: 'must be an IANA time zone such as "UTC", "Europe/London" or "America/New_York"',
  }),
  DIGEST_CHANNEL: optionalText.refine(
    (v) => v === undefined || /^(#[a-z0-9_-]{1,80}|[CG][A-Z0-9]{2,})$/.test(v),
    {
      message: 'must be a channel ID such as C0123456789 or a channel name such as #jobs',
    },
  ),
  DIGEST_EMPTY: withDefault('skip').pipe(z.enum(['skip', 'post'], { error: 'must be "skip" or "post"' })),
  SLACK_TIMEOUT_MS: withDefault('10000').pipe(
    wholeNumber('must be a whole number of milliseconds from 100 up, e.g. 10000', (n) => n >= 100),
  ),
  DIGEST_RUN_DEADLINE_MS: withDefault('300000').pipe(
    wholeNumber('must be a whole number of milliseconds from 1000 up, e.g. 300000', (n) => n >= 1000),
  ),
  FETCH_ALLOW_PRIVATE_ADDRESSES: withDefault('false').pipe(
    z.enum(['true', 'false'], { error: 'must be "true" or "false"' }).transform((v) => v === 'true'),
  ),
  // Followed job boards (issue 13, src/boards/).
  FOLLOW_BOARDS: withDefault('').transform((v) =>
    v
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== ''),
  ),
  BOARDS_CRON: withDefault('0 * * * *').refine(isValidCron, {
    message: 'must be a cron expression such as "0 * * * *" (every hour, on the hour)',
  }),
  GREENHOUSE_API_URL: optionalText.refine(isApiBase, {
    message: apiBaseMessage('https://boards-api.greenhouse.io/v1/'),
  }),
  LEVER_API_URL: optionalText.refine(isApiBase, { message: apiBaseMessage('https://api.lever.co/v0/') }),
  LEVER_EU_API_URL: optionalText.refine(isApiBase, {
    message: apiBaseMessage('https://api.eu.lever.co/v0/'),
  }),
  ASHBY_API_URL: optionalText.refine(isApiBase, { message: apiBaseMessage('https://api.ashbyhq.com/') }),
  ADMIN_USER_IDS: withDefault('')
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    )
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
      message: 'must be a comma-separated list of Slack user IDs such as U0123ABC,U0456DEF',
    }),
});
export type Env = z.infer<typeof Env>;

export interface Config {
  mode: SlackMode;
  slack: {
    botToken: string | null;
    signingSecret: string | null;
    appToken: string | null;
    /** Base URL of the Web API; null means Slack's own. */
    apiUrl: string | null;
    /** The longest wait for one Slack call (SLACK_TIMEOUT_MS). */
    timeoutMs: number;
  };
  port: number;
  postingsDir: string;
  dataDir: string;
  logLevel: LogLevel;
  /** Null means the loader's own default. */
  maxPostingBytes: number | null;
  /** MAX_POSTING_FILES; null means the loader's own default. */
  maxPostingFiles: number | null;
  /** A posting file whose parsing takes longer is skipped (PARSE_TIMEOUT_MS). */
  parseTimeoutMs: number;
  /** The safety-net full rescan of the postings folder, beside watching it (RESCAN_INTERVAL_MS). */
  rescanIntervalMs: number;
  digest: {
    cron: string;
    timezone: string;
    channel: string | null;
    empty: 'skip' | 'post';
    /** After this a digest run stops before its next post and the next run may start (DIGEST_RUN_DEADLINE_MS). */
    runDeadlineMs: number;
  };
  adminUserIds: string[];
  /** Links read by `/roles add`: private and local addresses are refused unless this is set. */
  fetch: { allowPrivateAddresses: boolean };
  /** Followed job boards: FOLLOW_BOARDS, BOARDS_CRON, and the API base URLs (null: the system's own). */
  boards: {
    follow: string[];
    cron: string;
    greenhouseApiUrl: string | null;
    leverApiUrl: string | null;
    leverEuApiUrl: string | null;
    ashbyApiUrl: string | null;
  };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `- ${String(issue.path[0] ?? 'environment')} ${issue.message}`,
    );
    return { ok: false, message: `Configuration problem:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  const mode = slackMode(e);
  if (typeof mode !== 'string') return { ok: false, message: `Configuration problem:\n- ${mode.problem}` };
  return {
    ok: true,
    config: {
      mode,
      slack: {
        botToken: e.SLACK_BOT_TOKEN ?? null,
        signingSecret: e.SLACK_SIGNING_SECRET ?? null,
        appToken: e.SLACK_APP_TOKEN ?? null,
        apiUrl: e.SLACK_API_URL ?? null,
        timeoutMs: e.SLACK_TIMEOUT_MS,
      },
      port: e.PORT,
      postingsDir: e.POSTINGS_DIR,
      dataDir: e.DATA_DIR,
      logLevel: e.LOG_LEVEL,
      maxPostingBytes: e.MAX_POSTING_BYTES ?? null,
      maxPostingFiles: e.MAX_POSTING_FILES ?? null,
      parseTimeoutMs: e.PARSE_TIMEOUT_MS,
      rescanIntervalMs: e.RESCAN_INTERVAL_MS,
      digest: {
        cron: e.DIGEST_CRON,
        timezone: e.DIGEST_TIMEZONE,
        channel: e.DIGEST_CHANNEL ?? null,
        empty: e.DIGEST_EMPTY,
        runDeadlineMs: e.DIGEST_RUN_DEADLINE_MS,
      },
      adminUserIds: e.ADMIN_USER_IDS,
      fetch: { allowPrivateAddresses: e.FETCH_ALLOW_PRIVATE_ADDRESSES },
      boards: {
        follow: e.FOLLOW_BOARDS,
        cron: e.BOARDS_CRON,
        greenhouseApiUrl: e.GREENHOUSE_API_URL ?? null,
        leverApiUrl: e.LEVER_API_URL ?? null,
        leverEuApiUrl: e.LEVER_EU_API_URL ?? null,
        ashbyApiUrl: e.ASHBY_API_URL ?? null,
      },
    },
  };
}

function slackMode(e: Env): SlackMode | { problem: string } {
  if (e.SLACK_BOT_TOKEN === undefined) {
    if (e.SLACK_APP_TOKEN !== undefined || e.SLACK_SIGNING_SECRET !== undefined) {
      return {
        problem:
          'SLACK_BOT_TOKEN is missing: Slack credentials were given without it. Set SLACK_BOT_TOKEN (xoxb-…) ' +
          'or unset SLACK_APP_TOKEN and SLACK_SIGNING_SECRET to run the local console.',
      };
    }
    return 'console';
  }
  if (e.SLACK_APP_TOKEN !== undefined) return 'socket';
  if (e.SLACK_SIGNING_SECRET !== undefined) return 'http';
  return {
    problem:
      'SLACK_BOT_TOKEN is set but SLACK_APP_TOKEN (xapp-…, for Socket Mode) and SLACK_SIGNING_SECRET ' +
      '(for HTTP mode) are both missing: set one of them.',
  };
}

function isApiBase(value: string | undefined): boolean {
  return value === undefined || /^https?:\/\/[^\s]+\/$/.test(value);
}

function apiBaseMessage(example: string): string {
  return `must be an http(s) URL ending in "/", e.g. ${example} (leave it unset to use the real API)`;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads `.env` into process.env when the file exists; variables already set win. Returns whether it was read. */
export function loadDotEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
