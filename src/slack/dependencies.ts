import type { Logger } from 'pino';
import type { HomeSubscriptionRow } from '../render/slack/home-view.ts';
import type { Catalog } from '../search/catalog.ts';
import type { AnswerQueue } from './answer-queue.ts';
import type { RolesSubcommands } from './listeners/commands/roles-subcommands.ts';
import type { PostingIntake } from './posting-intake.ts';

/** What the Slack app needs from the rest of the program; everything is injected so tests run the real listeners. */
export interface SlackDependencies {
  /** The catalog as it is now: the live catalog swaps it when posting files change. */
  getCatalog(): Catalog;
  logger: Logger;
  now(): Date;
  /** Extra `/roles <word>` subcommands (subscribe, digest, …). */
  subcommands?: RolesSubcommands;
  /** The digest subscriptions to show on a person's Home tab (engineer F's store provides them). */
  listSubscriptions?: (userId: string) => Promise<HomeSubscriptionRow[]>;
  /** Adding and removing postings from Slack; absent, "Add to roles" and `/roles add` say it is not set up. */
  intake?: PostingIntake;
}

/** What each listener gets: the app's dependencies plus the app's own answer queue. */
export interface ListenerDependencies extends SlackDependencies {
  answers: AnswerQueue;
}
