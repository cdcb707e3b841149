import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORM_ERRORS } from '../../src/intake/add-form.ts';
import { previewDigest } from '../../src/schedule/preview-digest.ts';
import { ACTION_IDS, VIEW_CALLBACK_IDS } from '../../src/slack/action-ids.ts';
import { createPostingIntake, INTAKE_MESSAGES } from '../../src/slack/posting-intake.ts';
import type { DigestState } from '../../src/storage/digest-store.ts';
import { USER_ID } from '../support/slack-payloads.ts';
import {
  type AddWorld,
  BOB_ID,
  clickButton,
  messageShortcut,
  NEW_POSTING,
  roles,
  startAddWorld,
  submitAddForm,
} from './add-support.ts';
import { buttons, NOW, visibleText } from './harness.ts';

let world: AddWorld;
beforeAll(async () => {
  world = await startAddWorld({ allowPrivateAddresses: true });
});
beforeEach(() => world.harness.slack.reset());
afterAll(() => world.close());

function draftId(blocks: unknown, actionId: string = ACTION_IDS.addSave): string {
  const button = buttons(blocks).find((b) => b.actionId === actionId);
  if (button === undefined) throw new Error(`no ${actionId} button in ${JSON.stringify(blocks)}`);
  return button.value;
}

describe('"Add to roles" on a message', () => {
  it('shows what it understood from the message text, privately, with Save and Edit', async () => {
    const { posts } = await messageShortcut(world.harness, { text: NEW_POSTING.replace(/&/g, '&amp;') });
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    const seen = visibleText(body.blocks);
    expect(seen).toContain('Staff Data Engineer');
    expect(seen).toContain('Quokka Analytics');
    expect(seen).toContain('Lisbon');
    expect(seen).toContain('Full-time');
    expect(seen).toMatch(/85,000/);
    expect(buttons(body.blocks).map((b) => b.text)).toEqual(['Save', 'Edit']);
    expect(await world.savedFiles()).toEqual([]);
  });

  it('reads a shared file, downloading it from Slack with the bot token', async () => {
    const file = world.harness.slack.addFile({
      name: 'quokka-role.md',
      content: NEW_POSTING,
      mimetype: 'text/markdown',
    });
    const { posts } = await messageShortcut(world.harness, { text: 'Found this one', files: [file] });
    expect(world.harness.slack.fileDownloads()).toEqual([{ fileId: file.id, authorized: true }]);
    expect(visibleText(posts[0]?.body.blocks)).toContain('Staff Data Engineer');
    expect(buttons(posts[0]?.body.blocks).map((b) => b.text)).toEqual(['Save', 'Edit']);
  });

  it('looks a shared file up with files.info when the message carries only its id', async () => {
    const file = world.harness.slack.addFile({ name: 'quokka.txt', content: NEW_POSTING });
    const { posts } = await messageShortcut(world.harness, { files: [{ id: file.id }] });
    expect(world.harness.slack.calls('files.info').map((c) => c.args.file)).toEqual([file.id]);
    expect(visibleText(posts[0]?.body.blocks)).toContain('Staff Data Engineer');
  });

  it('refuses a file type it cannot read, without downloading it', async () => {
    const file = world.harness.slack.addFile({
      name: 'role.pdf',
      content: '%PDF',
      mimetype: 'application/pdf',
    });
    const { posts } = await messageShortcut(world.harness, { files: [file] });
    expect(String(posts[0]?.body.text)).toContain(INTAKE_MESSAGES.unsupportedFile);
    expect(world.harness.slack.fileDownloads()).toEqual([]);
  });

  it('cannot download a shared file with the wrong token: Slack refuses it and nothing is drafted', async () => {
    const file = world.harness.slack.addFile({ name: 'quokka.txt', content: NEW_POSTING });
    const intake = createPostingIntake({
      postingsDir: world.postingsDir,
      adminUserIds: [],
      getCatalog: () => world.catalog.current(),
      refreshCatalog: () => world.catalog.refresh(),
      allowPrivateAddresses: false,
      slackFileOrigins: [world.harness.slack.origin],
      clock: () => NOW.getTime(),
    });
    const result = await intake.draftFromSlackFile(file, 'xoxb-wrong-token', USER_ID);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(INTAKE_MESSAGES.fileUnavailable);
    expect(world.harness.slack.fileDownloads()).toEqual([{ fileId: file.id, authorized: false }]);
  });

  it('never sends the bot token to a file address outside Slack', async () => {
    const { posts } = await messageShortcut(world.harness, {
      files: [{ name: 'role.txt', size: 10, url_private_download: 'https://evil.example/steal.txt' }],
    });
    expect(String(posts[0]?.body.text)).toContain(INTAKE_MESSAGES.fileUnavailable);
  });

  it('says so and names the known posting when the message repeats one already in the catalog', async () => {
    const known = await readFile(path.join(world.postingsDir, '03-lever-data-engineer.txt'), 'utf8');
    const existing = world.catalog
      .current()
      .postings.find((p) => p.source.path === '03-lever-data-engineer.txt');
    const { posts } = await messageShortcut(world.harness, { text: known });
    const seen = visibleText(posts[0]?.body.blocks);
    expect(seen).toContain('I already know this role');
    expect(seen).toContain(existing?.title ?? 'missing');
    expect(seen).toContain(`/roles ${existing?.id}`);
    expect(buttons(posts[0]?.body.blocks)).toEqual([]);
  });

  it('tells the person plainly when the message is not a job posting', async () => {
    const { posts } = await messageShortcut(world.harness, {
      text: 'Lunch is at noon today in the kitchen.',
    });
    expect(String(posts[0]?.body.text)).toContain('does not look like a job posting');
    expect(buttons(posts[0]?.body.blocks)).toEqual([]);
  });
});

describe('/roles add and the "Add a role" form', () => {
  it('opens the form with a big text box and a link box', async () => {
    await roles(world.harness, 'add');
    const [open] = await world.harness.slack.waitForCalls('views.open');
    const view = open?.args.view as {
      callback_id: string;
      blocks: { block_id: string; element: { multiline?: boolean } }[];
    };
    expect(view.callback_id).toBe(VIEW_CALLBACK_IDS.addPosting);
    expect(view.blocks.map((b) => b.block_id)).toEqual(['posting', 'link']);
    expect(view.blocks[0]?.element.multiline).toBe(true);
  });

  it.each([
    ['nothing at all', { text: '', link: '' }, { posting: FORM_ERRORS.empty }],
    [
      'text over the size limit',
      { text: `${NEW_POSTING}\n${'x'.repeat(3000)}` },
      { posting: FORM_ERRORS.tooLong },
    ],
    [
      'a link that is not http(s)',
      { text: NEW_POSTING, link: 'ftp://jobs.example.com/1' },
      { link: FORM_ERRORS.badLink },
    ],
  ])('shows the problem in the form when given %s', async (_what, values, errors) => {
    const { status, body } = await submitAddForm(world.harness, values);
    expect(status).toBe(200);
    expect(body).toEqual({ response_action: 'errors', errors });
    expect(await world.savedFiles()).toEqual([]);
  });

  it('shows in the form that pasted text is not a job posting', async () => {
    const { body } = await submitAddForm(world.harness, { text: 'Lunch is at noon today in the kitchen.' });
    expect(body.response_action).toBe('errors');
    expect((body.errors as Record<string, string>).posting).toMatch(/^It does not look like a job posting/);
  });

  it('round-trips a draft: check, Edit back to the filled-in form, then Save', async () => {
    const submitted = await submitAddForm(world.harness, {
      text: NEW_POSTING,
      link: 'https://jobs.quokka.example/42',
    });
    expect(submitted.body.response_action).toBe('update');
    const check = submitted.body.view as { blocks: unknown };
    expect(visibleText(check.blocks)).toContain('Here is what I understood');
    const id = draftId(check.blocks);
    expect(draftId(check.blocks, ACTION_IDS.addEdit)).toBe(id);

    await clickButton(world.harness, { actionId: ACTION_IDS.addEdit, value: id, viewId: 'VADDFORM' });
    const [edit] = await world.harness.slack.waitForCalls('views.update');
    expect(edit?.args.view_id).toBe('VADDFORM');
    const form = edit?.args.view as {
      callback_id: string;
      blocks: { element?: { initial_value?: string } }[];
    };
    expect(form.callback_id).toBe(VIEW_CALLBACK_IDS.addPosting);
    expect(form.blocks.map((b) => b.element?.initial_value)).toEqual([
      NEW_POSTING,
      'https://jobs.quokka.example/42',
    ]);

    world.harness.slack.reset();
    await clickButton(world.harness, { actionId: ACTION_IDS.addSave, value: id, viewId: 'VADDFORM' });
    const [saved] = await world.harness.slack.waitForCalls('views.update');
    expect(visibleText(saved?.args.view)).toContain('Saved');
    const files = await world.savedFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^2026-11-25T120000Z-quokka-analytics-staff-data-engineer-[0-9a-f]{4}\.txt$/);
    const content = await readFile(path.join(world.postingsDir, 'slack', files[0] ?? ''), 'utf8');
    expect(content).toBe(
      `---\nadded-by: ${USER_ID}\nadded-at: 2026-11-25T12:00:00Z\nsource-url: https://jobs.quokka.example/42\n---\n${NEW_POSTING}`,
    );

    // Saved once: the same draft cannot be saved twice, and the role is now known.
    const again = await clickButton(world.harness, { actionId: ACTION_IDS.addSave, value: id });
    expect(String(again.posts[0]?.body.text)).toContain(INTAKE_MESSAGES.expired);
    const repeat = await messageShortcut(world.harness, { text: NEW_POSTING });
    expect(visibleText(repeat.posts[0]?.body.blocks)).toContain('I already know this role');
  });

  it('makes a saved posting searchable at once and puts it in the next digest', async () => {
    const posting = world.catalog.current().postings.find((p) => p.company === 'Quokka Analytics');
    expect(posting?.addedBy).toEqual({ userId: USER_ID, at: '2026-11-25T12:00:00Z' });
    expect(posting?.source.url).toBe('https://jobs.quokka.example/42');

    const { posts } = await roles(world.harness, 'quokka data engineer');
    expect(visibleText(posts[0]?.body.blocks)).toContain('Staff Data Engineer');

    const weekAgo = new Date(NOW.getTime() - 7 * 86_400_000).toISOString();
    const longAgo = new Date(NOW.getTime() - 30 * 86_400_000).toISOString();
    const state: DigestState = {
      version: 1,
      createdAt: longAgo,
      firstSeen: Object.fromEntries(
        world.catalog
          .current()
          .postings.filter((p) => p.addedBy === undefined)
          .map((p) => [p.id, longAgo]),
      ),
      subscriptions: [],
      channels: { CJOBS: { lastDigestAt: weekAgo } },
      digests: [],
      runs: [],
    };
    const [preview] = await previewDigest({
      store: { read: async () => state },
      catalog: world.catalog.current(),
      now: NOW,
      channels: ['CJOBS'],
    });
    expect(preview?.postings.map((p) => p.id)).toEqual([posting?.id]);
    expect(preview?.message?.text).toMatch(/^1 new role/);
  });

  it('saves a draft from a message through the Save button, replacing the check with the outcome', async () => {
    const other = NEW_POSTING.replace('Staff Data Engineer', 'Senior Analytics Engineer').replace(
      'Mentor four data engineers',
      'Build the dbt models behind every customer report',
    );
    const { posts } = await messageShortcut(world.harness, { text: other });
    const id = draftId(posts[0]?.body.blocks);

    const bob = await clickButton(world.harness, { actionId: ACTION_IDS.addSave, value: id, userId: BOB_ID });
    expect(String(bob.posts[0]?.body.text)).toContain(INTAKE_MESSAGES.notYourDraft);

    const before = (await world.savedFiles()).length;
    const saved = await clickButton(world.harness, { actionId: ACTION_IDS.addSave, value: id });
    expect(saved.posts[0]?.body.replace_original).toBe(true);
    expect(String(saved.posts[0]?.body.text)).toContain('Saved Senior Analytics Engineer');
    expect(await world.savedFiles()).toHaveLength(before + 1);
  });

  it('opens the filled-in form from a message draft on Edit', async () => {
    const { posts } = await messageShortcut(world.harness, {
      text: NEW_POSTING.replace('Staff', 'Principal'),
    });
    await clickButton(world.harness, { actionId: ACTION_IDS.addEdit, value: draftId(posts[0]?.body.blocks) });
    const [open] = await world.harness.slack.waitForCalls('views.open');
    const form = open?.args.view as { blocks: { element?: { initial_value?: string } }[] };
    expect(form.blocks[0]?.element?.initial_value).toContain('Principal Data Engineer');
  });
});
