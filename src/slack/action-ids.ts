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
  /** Save a draft posting; value: the draft id. */
  addSave: 'roles_add_save',
  /** Reopen the "Add a role" modal with a draft's text and link; value: the draft id. */
  addEdit: 'roles_add_edit',
  /** A digest's "+N more at Company": the rest of that company's roles, privately; value: their ids, comma-separated. */
  digestMore: 'roles_digest_more',
  /** A digest's Unsubscribe: removes the channel's (or person's) saved searches; value: the channel or user id. */
  unsubscribe: 'roles_unsubscribe',
  /** "Open posting": a link button (Slack opens the URL and still sends an action, which is only acked). */
  openPosting: 'roles_open_posting',
} as const;
export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** Slash commands (manifest `features.slash_commands[].command`). */
export const COMMANDS = { roles: '/roles' } as const;

/** Bot events the app subscribes to (manifest `settings.event_subscriptions.bot_events`). */
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;
export type BotEvent = (typeof BOT_EVENTS)[number];

/** Message shortcuts (manifest `features.shortcuts[]` with `type: message`). */
export const SHORTCUTS = { addToRoles: 'roles_add_message' } as const;

/** Modal `callback_id`s whose submissions the app handles (`view_submission`). */
export const VIEW_CALLBACK_IDS = { addPosting: 'roles_add_posting' } as const;
