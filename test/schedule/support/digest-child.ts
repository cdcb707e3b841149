/**
 * A digest run in its own process, so a test can kill it (SIGKILL: no clean-up, no `finally`) at one exact
 * point and then check what a restarted bot does. `CRASH_AT` picks the point:
 * - `before-record`: just before the digest is recorded as being sent (nothing reached Slack);
 * - `before-confirm`: Slack answered ok, but the process dies before writing that down;
 * - anything else: no crash here (the test may kill the process itself while Slack holds the answer).
 */
import { LogLevel, WebClient } from '@slack/web-api';
import pino from 'pino';
import { runDigest } from '../../../src/schedule/digest-runner.ts';
import { buildCatalog } from '../../../src/search/catalog.ts';
import { openDigestStore } from '../../../src/storage/digest-store.ts';
import { makePosting } from '../../digest/make-posting.ts';

const env = process.env;
const now = new Date(env.NOW ?? '');
const { store } = await openDigestStore({ dataDir: env.DATA_DIR ?? '', now: () => now });
const die = () => process.kill(process.pid, 'SIGKILL');
if (env.CRASH_AT === 'before-record') store.claimDigest = async () => die() as never;
if (env.CRASH_AT === 'before-confirm') store.finishDigest = async () => die() as never;

const ids = (env.POSTING_IDS ?? '').split(',');
const catalog = buildCatalog(ids.map((id) => makePosting({ id, title: `Role ${id}` })));
await runDigest({
  store,
  getCatalog: () => catalog,
  client: new WebClient(env.SLACK_TOKEN, {
    slackApiUrl: env.SLACK_URL,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
  }),
  channels: ['CJOBS'],
  now,
  scheduledFor: now,
  timeZone: 'UTC',
  emptyPolicy: 'skip',
  logger: pino({ level: 'silent' }),
});
process.stdout.write('finished\n');
