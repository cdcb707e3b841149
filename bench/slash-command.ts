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
