import type { webApi } from '@slack/bolt';

/**
 * Web API retries for a bot that answers people: a few quick tries, then give up and say sorry.
 * The client's default (10 tries over about 30 minutes) would post an answer half an hour late.
 * A 429's Retry-After pause is waited out on top of these delays.
 */
export const PRODUCTION_RETRY_POLICY: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5_000,
  randomize: true,
};
