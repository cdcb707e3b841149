/**
 * What a person sees when something goes wrong. Short, friendly, and saying what to do; the detail goes to
 * the log under the request id. Tests assert on these, so wording changes are deliberate.
 */
export const MESSAGE_SOMETHING_WENT_WRONG =
  'Sorry, something went wrong on my side and I could not answer. Please try again in a minute.';
export const MESSAGE_INVITE_ME =
  'I can’t post in this conversation yet. Invite me with `/invite @roles` (or add me in the channel details), then try again.';
export const MESSAGE_SLOW_DOWN = 'Slack is asking me to slow down. Please try again in a minute.';
export const MESSAGE_POSTING_GONE =
  'That role is no longer in my catalog: its posting file was removed or changed. Search again with `/roles`.';
export const MESSAGE_STALE_BUTTON =
  'That button is from an older message I can no longer read. Ask again with `/roles`.';

/** While the postings load (a cold start reads every file): said instead of answering from a partial catalog. */
export function stillLoadingMessage(progress: { loaded: number; total: number }): string {
  return `Still loading postings (${progress.loaded} of ${progress.total}), try again in a moment.`;
}
