import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import { boltLogger } from '../logging/bolt-logger.ts';
import { createAnswerQueue } from './answer-queue.ts';
import { boundedFetch, DEFAULT_SLACK_TIMEOUT_MS } from './bounded-fetch.ts';
import type { SlackDependencies } from './dependencies.ts';
import { registerListeners } from './listeners/index.ts';
import { refuseMalformedBodies } from './malformed-bodies.ts';
import { dedupeEvents } from './middleware/dedupe-events.ts';
import { attachRequestLogger } from './middleware/request-log.ts';
import { createRecentIds } from './recent-ids.ts';
import { createRequestStats, timeResponses } from './request-stats.ts';
import { PRODUCTION_RETRY_POLICY } from './retry-policy.ts';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** Slack retries an event within about 5 minutes; remember ids a little longer than that. */
export const SEEN_EVENT_TTL_MS = 10 * 60_000;
export const SEEN_EVENT_CAPACITY = 5_000;

export type SlackAppOptions =
  | ({ mode: 'http'; signingSecret: string } & CommonOptions)
  | ({ mode: 'socket'; appToken: string } & CommonOptions);

interface CommonOptions {
  botToken: string;
  /** Web API base URL; Slack's own when null or absent. */
  apiUrl?: string | null;
  /** Tests pass a rapid policy; production uses PRODUCTION_RETRY_POLICY. */
  retryConfig?: webApi.RetryOptions;
  /** Longest wait for any one Slack call (Web API or response_url); SLACK_TIMEOUT_MS, default 10 s. */
  timeoutMs?: number;
  /** Hold the HTTP response until listeners finish (FaaS, and deterministic HTTP tests). */
  processBeforeResponse?: boolean;
  /** Socket Mode only: also serve GET /healthz on this port. HTTP mode serves it beside the events. */
  healthPort?: number;
}

export interface SlackApp {
  readonly app: App;
  /**
   * The client for digest posts: the same time limit, but no automatic retries, because a retried
   * `chat.postMessage` after a timeout can post twice; the digest runner settles such posts itself.
   */
  readonly digestClient: webApi.WebClient;
  /** Starts listening (HTTP: on `port`, 0 for any free one) or connects (Socket Mode). */
  start(port?: number): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

/**
 * The real Bolt app with its receiver, our logger, retries, request ids, event de-duplication, error
 * handling and every listener. Nothing here answers questions: listeners call the pure answer functions.
 */
export function createSlackApp(options: SlackAppOptions, deps: SlackDependencies): SlackApp {
  const logger = boltLogger(deps.logger);
  const timeoutMs = options.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS;
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? PRODUCTION_RETRY_POLICY,
    timeout: timeoutMs,
    fetch: boundedFetch(timeoutMs),
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
  };
  const health: CustomRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Up (200) from the first moment; `loading` says how far the postings have got, null once all are in.
      const loading = deps.loading?.() ?? null;
      res.end(JSON.stringify({ ok: true, postings: deps.getCatalog().postings.length, loading }));
    },
  };
  const receiver =
    options.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: options.signingSecret,
          endpoints: EVENTS_PATH,
          customRoutes: [health],
          processBeforeResponse: options.processBeforeResponse ?? false,
          logger,
        })
      : new SocketModeReceiver({
          appToken: options.appToken,
          logger,
          customRoutes: options.healthPort === undefined ? [] : [health],
          installerOptions: {
            clientOptions,
            ...(options.healthPort === undefined ? {} : { port: options.healthPort }),
          },
        });
  const stats = createRequestStats(deps.logger);
  if (receiver instanceof HTTPReceiver && options.mode === 'http') {
    refuseMalformedBodies(receiver, {
      signingSecret: options.signingSecret,
      path: EVENTS_PATH,
      logger: deps.logger,
    });
    receiver.requestListener = timeResponses(receiver.requestListener, stats);
  }
  const app = new App({ token: options.botToken, receiver, logger, clientOptions });

  app.use(attachRequestLogger(deps.logger));
  const seenEvents =
    deps.seenEvents ?? createRecentIds({ capacity: SEEN_EVENT_CAPACITY, ttlMs: SEEN_EVENT_TTL_MS });
  app.use(dedupeEvents(seenEvents, () => deps.now().getTime(), deps.logger));
  registerListeners(app, { ...deps, answers: createAnswerQueue() });
  app.error(async (error) => {
    stats.recordError();
    // Listeners report their own failures; this catches what escaped them. Logging, not rethrowing, keeps
    // the bot up.
    deps.logger.error(
      { err: error, code: (error as { code?: unknown }).code },
      'unhandled Slack listener error',
    );
  });

  return {
    app,
    digestClient: new webApi.WebClient(options.botToken, {
      ...clientOptions,
      logger,
      retryConfig: { retries: 0 },
    }),
    async start(port) {
      if (options.mode === 'socket') {
        await app.start();
        return { port: null };
      }
      const server = (await app.start(port ?? 3000)) as { address(): AddressInfo | string | null };
      const address = server.address();
      return { port: typeof address === 'object' && address !== null ? address.port : null };
    },
    async stop() {
      stats.stop();
      await app.stop();
    },
  };
}
