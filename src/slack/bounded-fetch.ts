/**
 * `fetch` with a time limit, for every call the bot makes to Slack: Web API methods and `response_url`
 * posts alike (Bolt uses the client's `fetch` for both). Without one, a single request that Slack never
 * answers holds its listener, or a whole digest run, for ever.
 */
export const DEFAULT_SLACK_TIMEOUT_MS = 10_000;

export function boundedFetch(timeoutMs: number): typeof fetch {
  return (input, init = {}) => {
    const limit = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
    return fetch(input, { ...init, signal });
  };
}
