/**
 * Request bodies shaped like the ones Slack sends (field names and nesting from Slack's payload docs).
 * Each returns the parsed object; `toForm`/`toInteractiveForm` give the wire encoding for HTTP mode.
 */

export const TEAM_ID = 'T0TEAM';
export const USER_ID = 'U0ALICE';
export const CHANNEL_ID = 'C0JOBS';
export const APP_ID = 'A0TEST';

let counter = 0;
const nextId = () => {
  counter += 1;
  return counter;
};

export function slashCommand(
  text: string,
  responseUrl: string,
  overrides: Partial<Record<string, string>> = {},
): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    team_domain: 'test-team',
    channel_id: CHANNEL_ID,
    channel_name: 'jobs',
    user_id: USER_ID,
    user_name: 'alice',
    command: '/roles',
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${nextId()}.111.trigger`,
    ...overrides,
  };
}

export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${nextId()}`,
): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [
      { enterprise_id: null, team_id: TEAM_ID, user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

export function appMentionEvent(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1700000100.${String(nextId()).padStart(6, '0')}`;
  return { type: 'app_mention', user: USER_ID, text, ts, channel: CHANNEL_ID, event_ts: ts, ...extra };
}

export function directMessageEvent(
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const ts = `1700000200.${String(nextId()).padStart(6, '0')}`;
  return {
    type: 'message',
    channel_type: 'im',
    user: USER_ID,
    text,
    ts,
    channel: 'D0ALICE',
    event_ts: ts,
    ...extra,
  };
}

export function blockAction(input: {
  actionId: string;
  value: string;
  responseUrl: string;
  /** `/roles` answers are ephemeral; mention and DM answers are not. */
  ephemeral?: boolean;
  channelId?: string;
}): Record<string, unknown> {
  const channel = input.channelId ?? CHANNEL_ID;
  const ts = `1700000300.${String(nextId()).padStart(6, '0')}`;
  return {
    type: 'block_actions',
    user: { id: USER_ID, username: 'alice', name: 'alice', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: ts,
      channel_id: channel,
      is_ephemeral: input.ephemeral ?? true,
    },
    trigger_id: `${nextId()}.222.trigger`,
    team: { id: TEAM_ID, domain: 'test-team' },
    channel: { id: channel, name: 'jobs' },
    response_url: input.responseUrl,
    actions: [
      {
        action_id: input.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: input.value,
        type: 'button',
        action_ts: ts,
      },
    ],
  };
}

export function toForm(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export function toInteractiveForm(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
