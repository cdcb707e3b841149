import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAVED_POSTINGS_FOLDER } from '../../src/intake/posting-file-name.ts';
import { createRootLogger } from '../../src/logging/logger.ts';
import { SHORTCUTS, VIEW_CALLBACK_IDS } from '../../src/slack/action-ids.ts';
import { createPostingIntake } from '../../src/slack/posting-intake.ts';
import { type LiveCatalog, openLiveCatalog } from '../../src/storage/live-catalog.ts';
import { memoryStream } from '../support/memory-stream.ts';
import {
  APP_ID,
  CHANNEL_ID,
  slashCommand,
  TEAM_ID,
  toForm,
  toInteractiveForm,
  USER_ID,
} from '../support/slack-payloads.ts';
import { type HttpHarness, NOW, startHttpHarness } from './harness.ts';

/** Hand-placed postings the catalog starts with. */
export const HAND_PLACED = ['03-lever-data-engineer.txt', '16-jsonld-sre-dublin.html'];
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/postings');

export const ADMIN_ID = 'U0ADMIN';
export const BOB_ID = 'U0BOB';

/** A posting no fixture holds, short enough for the modal's text box. */
export const NEW_POSTING = [
  'Staff Data Engineer',
  'Quokka Analytics · Lisbon, Portugal (Hybrid)',
  '€85,000 – €105,000 per year · Full-time',
  '',
  'About the role',
  'Quokka Analytics builds forecasting tools for wind farms. You will own the pipelines that turn',
  'turbine telemetry into the datasets our forecasters and customers rely on every morning.',
  '',
  'What you will do',
  '- Design batch and streaming pipelines with Spark, Kafka and Airflow',
  '- Set the standards for data quality, lineage and testing across the team',
  '- Mentor four data engineers and review their designs',
  '',
  'What we are looking for',
  '- 8+ years building data platforms in Python and SQL',
  '- Experience running Kafka in production',
].join('\n');

export interface AddWorld {
  harness: HttpHarness;
  catalog: LiveCatalog;
  postingsDir: string;
  /** The posting files saved from Slack, as the catalog sees them (it skips dot files). */
  savedFiles(): Promise<string[]>;
  close(): Promise<void>;
}

/** The real app over a real postings folder and live catalog, with adding from Slack switched on. */
export async function startAddWorld(options: { allowPrivateAddresses: boolean }): Promise<AddWorld> {
  const postingsDir = await mkdtemp(path.join(tmpdir(), 'roles-add-postings-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-add-data-'));
  for (const name of HAND_PLACED) await copyFile(path.join(fixtures, name), path.join(postingsDir, name));
  const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
  const catalog = await openLiveCatalog({ postingsDir, dataDir, logger, watch: false });
  // The live catalog returns before its first load (so /healthz answers at once); these tests start loaded.
  await catalog.ready;
  const harness = await startHttpHarness({
    getCatalog: () => catalog.current(),
    intake: (slack) =>
      createPostingIntake({
        postingsDir,
        adminUserIds: [ADMIN_ID],
        getCatalog: () => catalog.current(),
        refreshCatalog: () => catalog.refresh(),
        allowPrivateAddresses: options.allowPrivateAddresses,
        slackFileOrigins: [slack.origin],
        fetchOptions: { timeoutMs: 2_000 },
        clock: () => NOW.getTime(),
      }),
  });
  return {
    harness,
    catalog,
    postingsDir,
    async savedFiles() {
      try {
        return (await readdir(path.join(postingsDir, SAVED_POSTINGS_FOLDER))).filter(
          (name) => !name.startsWith('.'),
        );
      } catch {
        return [];
      }
    },
    async close() {
      await harness.close();
      await catalog.close();
      await rm(postingsDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

/**
 * `/roles <text>` as `userId`; returns what was posted to its response URL: `posts` are the answers,
 * `fetching` the "Fetching …" notes `/roles add <link>` shows at once (each answer then replaces it).
 */
export async function roles(harness: HttpHarness, text: string, userId = USER_ID) {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const response = await harness.post(toForm(slashCommand(text, url, { user_id: userId })));
  const all = harness.slack.responses(id);
  const isFetching = (post: (typeof all)[number]) => /^Fetching /.test(String(post.body.text ?? ''));
  return {
    response,
    posts: all.filter((p) => !isFetching(p)),
    fetching: all.filter(isFetching),
    all,
    responseId: id,
  };
}

/** "Add to roles" on a message. */
export async function messageShortcut(
  harness: HttpHarness,
  message: { text?: string; files?: unknown[] },
  userId = USER_ID,
) {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const ts = `1700000400.${String(next()).padStart(6, '0')}`;
  const response = await harness.post(
    toInteractiveForm({
      type: 'message_action',
      callback_id: SHORTCUTS.addToRoles,
      trigger_id: `${next()}.333.trigger`,
      message_ts: ts,
      response_url: url,
      message: {
        type: 'message',
        user: 'U0POSTER',
        ts,
        text: message.text ?? '',
        ...(message.files ? { files: message.files } : {}),
      },
      user: { id: userId, name: 'alice', team_id: TEAM_ID },
      channel: { id: CHANNEL_ID, name: 'jobs' },
      team: { id: TEAM_ID, domain: 'test-team' },
      token: 'verification-token-unused',
      action_ts: ts,
    }),
  );
  return { response, posts: harness.slack.responses(id), responseId: id };
}

/** Submits the "Add a role" form; returns the HTTP answer (Slack reads `response_action` from it). */
export async function submitAddForm(
  harness: HttpHarness,
  values: { text?: string | null; link?: string | null },
  userId = USER_ID,
) {
  const response = await harness.post(
    toInteractiveForm({
      type: 'view_submission',
      team: { id: TEAM_ID, domain: 'test-team' },
      user: { id: userId, username: 'alice', name: 'alice', team_id: TEAM_ID },
      api_app_id: APP_ID,
      token: 'verification-token-unused',
      trigger_id: `${next()}.444.trigger`,
      view: {
        id: 'VADDFORM',
        team_id: TEAM_ID,
        type: 'modal',
        callback_id: VIEW_CALLBACK_IDS.addPosting,
        private_metadata: '',
        hash: '1700000000.abc',
        blocks: [],
        title: { type: 'plain_text', text: 'Add a role' },
        state: {
          values: {
            posting: { text: { type: 'plain_text_input', value: values.text ?? null } },
            link: { url: { type: 'plain_text_input', value: values.link ?? null } },
          },
        },
        app_id: APP_ID,
        bot_id: 'BBOT',
      },
      response_urls: [],
    }),
  );
  const body = response.text === '' ? {} : (JSON.parse(response.text) as Record<string, unknown>);
  return { status: response.status, body };
}

/** Clicks a button, either in a message (with a response URL) or in the modal `viewId`. */
export async function clickButton(
  harness: HttpHarness,
  input: { actionId: string; value: string; viewId?: string; userId?: string },
) {
  const url = harness.slack.responseUrl();
  const id = url.split('/').pop() ?? '';
  const userId = input.userId ?? USER_ID;
  const ts = `1700000500.${String(next()).padStart(6, '0')}`;
  const where =
    input.viewId === undefined
      ? {
          container: { type: 'message', message_ts: ts, channel_id: CHANNEL_ID, is_ephemeral: true },
          channel: { id: CHANNEL_ID, name: 'jobs' },
          response_url: url,
        }
      : {
          container: { type: 'view', view_id: input.viewId },
          view: {
            id: input.viewId,
            team_id: TEAM_ID,
            type: 'modal',
            blocks: [],
            private_metadata: '',
            hash: '1700000000.def',
            state: { values: {} },
            title: { type: 'plain_text', text: 'Add a role' },
          },
        };
  const response = await harness.post(
    toInteractiveForm({
      type: 'block_actions',
      user: { id: userId, username: 'alice', name: 'alice', team_id: TEAM_ID },
      api_app_id: APP_ID,
      token: 'verification-token-unused',
      trigger_id: `${next()}.555.trigger`,
      team: { id: TEAM_ID, domain: 'test-team' },
      ...where,
      actions: [
        {
          action_id: input.actionId,
          block_id: 'add_posting_actions',
          text: { type: 'plain_text', text: 'button' },
          value: input.value,
          type: 'button',
          action_ts: ts,
        },
      ],
    }),
  );
  return { response, posts: harness.slack.responses(id) };
}
