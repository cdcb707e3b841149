/** The signing secret the benchmarks' bots are started with and their requests are signed with. */
export const BENCH_SIGNING_SECRET = 'benchsigningsecret0123456789abcdef';

/** The `/roles` queries the load benchmarks send in turn, so the Slack and live figures describe the same work. */
export const BENCH_QUERIES = [
  'machine learning engineer',
  'senior data scientist london',
  'remote backend engineer',
  'product manager new york',
  'salary ml engineer',
  'staff engineer payments',
] as const;

/** A `/roles` slash-command body as Slack sends it (form-encoded), for the benchmarks that drive the bot. */
export function slashCommandBody(text: string, responseUrl: string): string {
  return new URLSearchParams({
    team_id: 'T0BENCH',
    channel_id: 'C0BENCH',
    user_id: 'U0BENCH',
    command: '/roles',
    text,
    response_url: responseUrl,
    trigger_id: '1.2.3',
    api_app_id: 'A0BENCH',
  }).toString();
}
