import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { boltLogger } from '../logging/bolt-logger.ts';
import { createAnswerQueue } from './answer-queue.ts';
import type { SlackDependencies } from './dependencies.ts';
import { registerListeners } from './listeners/index.ts';
import { dedupeEvents } from './middleware/dedupe-events.ts';
import { attachRequestLogger } from './middleware/request-log.ts';
import { createRecentIds } from './recent-ids.ts';
import { PRODUCTION_RETRY_POLICY } from './retry-policy.ts';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** Slack retries an event within about 5 minutes; remember ids a little longer than that. */
const SEEN_EVENT_TTL_MS = 10 * 60_000;
const SEEN_EVENT_CAPACITY = 5_000;

export type SlackAppOptions =
  | ({ mode: 'http'; signingSecret: string } & CommonOptions)
  | ({ mode: 'socket'; appToken: string } & CommonOptions);

interface CommonOptions {
  botToken: string;
  /** Web API base URL; Slack's own when null or absent. */
  apiUrl?: string | null;
  /** Tests pass a rapid policy; production uses PRODUCTION_RETRY_POLICY. */
  retryConfig?: webApi.RetryOptions;
  /** Hold the HTTP response until listeners finish (FaaS, and deterministic HTTP tests). */
  processBeforeResponse?: boolean;
  /** Socket Mode only: also serve GET /healthz on this port. HTTP mode serves it beside the events. */
  healthPort?: number;
}

export interface SlackApp {
  readonly app: App;
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
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? PRODUCTION_RETRY_POLICY,
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
  };
  const health: CustomRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, postings: deps.getCatalog().postings.length }));
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
  const app = new App({ token: options.botToken, receiver, logger, clientOptions });

  app.use(attachRequestLogger(deps.logger));
  const seenEvents = createRecentIds({ capacity: SEEN_EVENT_CAPACITY, ttlMs: SEEN_EVENT_TTL_MS });
  app.use(dedupeEvents(seenEvents, () => deps.now().getTime(), deps.logger));
  registerListeners(app, { ...deps, answers: createAnswerQueue() });
  app.error(async (error) => {
    // Listeners report their own failures; this catches what escaped them. Logging, not rethrowing, keeps
    // the bot up.
    deps.logger.error(
      { err: error, code: (error as { code?: unknown }).code },
      'unhandled Slack listener error',
    );
  });

  return {
    app,
    async start(port) {
      if (options.mode === 'socket') {
        await app.start();
        return { port: null };
      }
      const server = (await app.start(port ?? 3000)) as { address(): AddressInfo | string | null };
      const address = server.address();
      return { port: typeof address === 'object' && address !== null ? address.port : null };
    },
    stop: () => app.stop() as Promise<void>,
  };
}
