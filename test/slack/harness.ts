import type { Logger } from 'pino';
import { createRootLogger } from '../../src/logging/logger.ts';
import type { HomeSubscriptionRow } from '../../src/render/slack/home-view.ts';
import type { Catalog } from '../../src/search/catalog.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp } from '../../src/slack/create-app.ts';
import type { RolesSubcommands } from '../../src/slack/listeners/commands/roles-subcommands.ts';
import type { PostingIntake } from '../../src/slack/posting-intake.ts';
import type { RecentIds } from '../../src/slack/recent-ids.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';
import { memoryStream } from '../support/memory-stream.ts';
import { slackRequestHeaders } from '../support/slack-signature.ts';
import { type SlackWebApiStandIn, startSlackWebApi } from '../support/slack-web-api.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
/** A fixed "now" inside the fixture postings' dates, so answers do not drift with the calendar. */
export const NOW = new Date('2026-11-25T12:00:00Z');
/** Quick retries: a 429 still waits its Retry-After, a 5xx is retried once after a few ms. */
export const TEST_RETRY_POLICY = { retries: 1, minTimeout: 5, maxTimeout: 10, factor: 1 };

export interface HttpHarness {
  slack: SlackWebApiStandIn;
  slackApp: SlackApp;
  baseUrl: string;
  log: Logger;
  logLines(): Record<string, unknown>[];
  /** POSTs a body to /slack/events signed as Slack signs it. */
  post(
    body: string,
    options?: { contentType?: 'form' | 'json'; timestamp?: number; headers?: Record<string, string> },
  ): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export async function startHttpHarness(
  options: {
    catalog?: Catalog;
    subcommands?: RolesSubcommands;
    listSubscriptions?: (userId: string) => Promise<HomeSubscriptionRow[]>;
    /** A catalog that changes (a live catalog); wins over `catalog`. */
    getCatalog?: () => Catalog;
    /** Adding postings from Slack; it gets the stand-in, which serves the shared files. */
    intake?: (slack: SlackWebApiStandIn) => PostingIntake;
    /** Event ids already answered (a file-backed one survives a restart of the harness). */
    seenEvents?: RecentIds;
    /** A digest's Unsubscribe (the digest store's `removeAllSubscriptions`). */
    unsubscribe?: (target: string) => Promise<readonly { query: string | null }[]>;
  } = {},
): Promise<HttpHarness> {
  const slack = await startSlackWebApi();
  const { stream, lines } = memoryStream();
  const log = createRootLogger({ level: 'debug', destination: stream });
  const catalog = options.catalog ?? fixtureCatalog();
  const slackApp = createSlackApp(
    {
      mode: 'http',
      botToken: slack.botToken,
      signingSecret: SIGNING_SECRET,
      apiUrl: slack.url,
      retryConfig: TEST_RETRY_POLICY,
      processBeforeResponse: true,
    },
    {
      getCatalog: options.getCatalog ?? (() => catalog),
      logger: log,
      now: () => NOW,
      ...(options.intake === undefined ? {} : { intake: options.intake(slack) }),
      ...(options.subcommands === undefined ? {} : { subcommands: options.subcommands }),
      ...(options.listSubscriptions === undefined ? {} : { listSubscriptions: options.listSubscriptions }),
      ...(options.seenEvents === undefined ? {} : { seenEvents: options.seenEvents }),
      ...(options.unsubscribe === undefined ? {} : { unsubscribe: options.unsubscribe }),
    },
  );
  const { port } = await slackApp.start(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    slack,
    slackApp,
    baseUrl,
    log,
    logLines: lines,
    async post(body, postOptions = {}) {
      const headers = {
        ...slackRequestHeaders(body, SIGNING_SECRET, {
          ...(postOptions.timestamp === undefined ? {} : { timestamp: postOptions.timestamp }),
          contentType: postOptions.contentType ?? 'form',
        }),
        ...postOptions.headers,
      };
      const response = await fetch(`${baseUrl}${EVENTS_PATH}`, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await slackApp.stop();
      await slack.close();
    },
  };
}

/** Every mrkdwn and plain text in a list of blocks, joined: what a person would read. */
export function visibleText(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if ((record.type === 'mrkdwn' || record.type === 'plain_text') && typeof record.text === 'string') {
        texts.push(record.text);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(blocks);
  return texts.join('\n');
}

/** The action ids and values of every button in a list of blocks. */
export function buttons(blocks: unknown): { actionId: string; value: string; text: string }[] {
  const found: { actionId: string; value: string; text: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'button') {
        found.push({
          actionId: String(record.action_id),
          value: String(record.value ?? ''),
          text: String((record.text as { text?: unknown } | undefined)?.text ?? ''),
        });
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(blocks);
  return found;
}
