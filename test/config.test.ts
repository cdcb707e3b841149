import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Env, loadConfig } from '../src/config.ts';

const SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-def' };
const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };

function problem(env: Record<string, string | undefined>): string {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected a configuration problem');
  return result.message;
}

function config(env: Record<string, string | undefined>) {
  const result = loadConfig(env);
  if (!result.ok) throw new Error(result.message);
  return result.config;
}

describe('loadConfig', () => {
  it('runs the local console with documented defaults when no Slack credentials are set', () => {
    const c = config({});
    expect(c.mode).toBe('console');
    expect(c.port).toBe(3000);
    expect(c.postingsDir).toBe('seeds');
    expect(c.dataDir).toBe('.data');
    expect(c.logLevel).toBe('info');
    expect(c.maxPostingBytes).toBeNull();
    expect(c.slack.apiUrl).toBeNull();
    expect(c.digest).toEqual({
      cron: '0 9 * * 1',
      timezone: 'UTC',
      channel: null,
      empty: 'skip',
      runDeadlineMs: 300_000,
    });
    expect(c.adminUserIds).toEqual([]);
  });

  it('refuses links to private addresses unless FETCH_ALLOW_PRIVATE_ADDRESSES is "true"', () => {
    expect(config({}).fetch).toEqual({ allowPrivateAddresses: false });
    expect(config({ FETCH_ALLOW_PRIVATE_ADDRESSES: 'true' }).fetch).toEqual({ allowPrivateAddresses: true });
    expect(problem({ FETCH_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toContain(
      'FETCH_ALLOW_PRIVATE_ADDRESSES must be "true" or "false"',
    );
  });

  it('chooses Socket Mode when a bot token and an app token are set', () => {
    expect(config(SOCKET).mode).toBe('socket');
    expect(config({ ...SOCKET, ...HTTP }).mode).toBe('socket');
  });

  it('chooses HTTP mode when a bot token and a signing secret are set', () => {
    const c = config({ ...HTTP, PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(c.mode).toBe('http');
    expect(c.port).toBe(8080);
    expect(c.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it('treats empty values like unset ones, as a copied .env.example leaves them', () => {
    expect(config({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', PORT: '', SLACK_API_URL: '' }).mode).toBe(
      'console',
    );
  });

  it('reads the digest settings and the admin list', () => {
    const c = config({
      DIGEST_CRON: '30 8 * * 1-5',
      DIGEST_TIMEZONE: 'Europe/London',
      DIGEST_CHANNEL: 'C0123456789',
      DIGEST_EMPTY: 'post',
      ADMIN_USER_IDS: 'U012ABC, W0456DEF',
      MAX_POSTING_BYTES: '500000',
      LOG_LEVEL: 'debug',
    });
    expect(c.digest).toEqual({
      cron: '30 8 * * 1-5',
      timezone: 'Europe/London',
      channel: 'C0123456789',
      empty: 'post',
      runDeadlineMs: 300_000,
    });
    expect(c.adminUserIds).toEqual(['U012ABC', 'W0456DEF']);
    expect(c.maxPostingBytes).toBe(500_000);
    expect(c.logLevel).toBe('debug');
  });

  it('follows no boards and syncs hourly by default, and reads FOLLOW_BOARDS and the API base URLs', () => {
    expect(config({}).boards).toEqual({
      follow: [],
      cron: '0 * * * *',
      greenhouseApiUrl: null,
      leverApiUrl: null,
      leverEuApiUrl: null,
      ashbyApiUrl: null,
    });
    const c = config({
      FOLLOW_BOARDS: ' https://boards.greenhouse.io/acme , https://jobs.lever.co/globex,',
      BOARDS_CRON: '*/30 * * * *',
      GREENHOUSE_API_URL: 'http://127.0.0.1:8080/v1/',
    });
    expect(c.boards.follow).toEqual(['https://boards.greenhouse.io/acme', 'https://jobs.lever.co/globex']);
    expect(c.boards.cron).toBe('*/30 * * * *');
    expect(c.boards.greenhouseApiUrl).toBe('http://127.0.0.1:8080/v1/');
  });

  it('names the missing credential when a bot token comes alone', () => {
    const message = problem({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('SLACK_SIGNING_SECRET');
    expect(message).toContain('set one of them');
  });

  it('names the missing bot token when only an app token or signing secret is set', () => {
    expect(problem({ SLACK_APP_TOKEN: 'xapp-1' })).toContain('SLACK_BOT_TOKEN is missing');
    expect(problem({ SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' })).toContain(
      'SLACK_BOT_TOKEN is missing',
    );
  });

  it.each([
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xapp-1' }, '"xoxb-"'],
    ['SLACK_APP_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, '"xapp-"'],
    [
      'SLACK_SIGNING_SECRET',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'short!' },
      'Basic Information',
    ],
    ['PORT', { PORT: 'eighty' }, 'whole number from 0 to 65535'],
    ['PORT', { PORT: '70000' }, 'whole number from 0 to 65535'],
    ['SLACK_API_URL', { SLACK_API_URL: 'slack.com/api' }, 'ending in "/"'],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'must be one of fatal, error, warn, info, debug, trace, silent'],
    ['MAX_POSTING_BYTES', { MAX_POSTING_BYTES: '0' }, 'positive whole number of bytes'],
    ['DIGEST_CRON', { DIGEST_CRON: 'every monday' }, 'cron expression'],
    ['DIGEST_TIMEZONE', { DIGEST_TIMEZONE: 'Mars/Olympus' }, 'IANA time zone'],
    ['DIGEST_CHANNEL', { DIGEST_CHANNEL: 'jobs channel' }, 'channel ID'],
    ['DIGEST_EMPTY', { DIGEST_EMPTY: 'maybe' }, 'must be "skip" or "post"'],
    ['ADMIN_USER_IDS', { ADMIN_USER_IDS: 'U012ABC,alice' }, 'comma-separated list of Slack user IDs'],
    ['BOARDS_CRON', { BOARDS_CRON: 'hourly' }, 'cron expression'],
    ['GREENHOUSE_API_URL', { GREENHOUSE_API_URL: 'boards-api.greenhouse.io/v1' }, 'ending in "/"'],
    ['LEVER_API_URL', { LEVER_API_URL: 'http://127.0.0.1:9/v0' }, 'ending in "/"'],
    ['ASHBY_API_URL', { ASHBY_API_URL: 'ftp://api.ashbyhq.com/' }, 'ending in "/"'],
  ])('explains a bad %s and how to fix it', (name, env, hint) => {
    const message = problem(env);
    expect(message).toContain(`- ${name} `);
    expect(message).toContain(hint);
  });

  it('never repeats a secret in its message', () => {
    const message = problem({ SLACK_BOT_TOKEN: 'xoxp-very-secret-value', SLACK_APP_TOKEN: 'xapp-1' });
    expect(message).not.toContain('very-secret-value');
  });

  it('lists every bad variable at once', () => {
    const message = problem({ PORT: '-1', DIGEST_EMPTY: 'never' });
    expect(message).toContain('- PORT ');
    expect(message).toContain('- DIGEST_EMPTY ');
  });
});

describe('.env.example', () => {
  const example = parseEnv(readFileSync(new URL('../.env.example', import.meta.url), 'utf8'));

  it('lists every variable the configuration reads', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(Env.shape).sort());
  });

  it('runs the local console with the defaults when copied unchanged', () => {
    const c = config(example);
    expect(c.mode).toBe('console');
    expect(c.digest.cron).toBe('0 9 * * 1');
  });
});
