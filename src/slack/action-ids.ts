/**
 * Every Slack id the app answers to, in one place: the renderers put these ids on buttons, the listeners
 * register them, and the manifest test checks the manifest against them, so the three cannot drift.
 */

/** Button action ids (Block Kit `action_id`). */
export const ACTION_IDS = {
  /** Next page of a result; value: `encodeMoreValue(...)`. */
  showMore: 'roles_more',
  /** Open a posting in a modal; value: the posting id. */
  showDetails: 'roles_details',
  /** Post the result in the channel for everyone; value: `encodeMoreValue(...)` of the page shown. */
  share: 'roles_share',
} as const;
export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** Slash commands (manifest `features.slash_commands[].command`). */
export const COMMANDS = { roles: '/roles' } as const;

/** Bot events the app subscribes to (manifest `settings.event_subscriptions.bot_events`). */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;
export type BotEvent = (typeof BOT_EVENTS)[number];
