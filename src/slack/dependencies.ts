import type { Logger } from 'pino';
import type { HomeSubscriptionRow } from '../render/slack/home-view.ts';
import type { Catalog } from '../search/catalog.ts';
import type { AnswerQueue } from './answer-queue.ts';
import type { RolesSubcommands } from './listeners/commands/roles-subcommands.ts';
import type { PostingIntake } from './posting-intake.ts';
import type { RecentIds } from './recent-ids.ts';

/** What the Slack app needs from the rest of the program; everything is injected so tests run the real listeners. */
export interface SlackDependencies {
  /** The catalog as it is now: the live catalog swaps it when posting files change. */
  getCatalog(): Catalog;
  /** While the postings are still loading, how far it has got; null (or absent) once the catalog is complete. */
  loading?(): { loaded: number; total: number } | null;
  logger: Logger;
  now(): Date;
  /** Extra `/roles <word>` subcommands (subscribe, digest, …). */
  subcommands?: RolesSubcommands;
  /** The digest subscriptions to show on a person's Home tab (engineer F's store provides them). */
  listSubscriptions?: (userId: string) => Promise<HomeSubscriptionRow[]>;
  /** Adding and removing postings from Slack; absent, "Add to roles" and `/roles add` say it is not set up. */
  intake?: PostingIntake;
  /** A digest's Unsubscribe: removes a channel's (or a person's) saved searches; absent, the button says digests are off. */
  unsubscribe?: (target: string) => Promise<readonly { query: string | null }[]>;
  /** Event ids already answered; pass one backed by a file so retries after a restart are ignored too. */
  seenEvents?: RecentIds;
}

/** What each listener gets: the app's dependencies plus the app's own answer queue. */
export interface ListenerDependencies extends SlackDependencies {
  answers: AnswerQueue;
}
