import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFrontMatter } from '../../src/parse/read/front-matter.ts';
import { ROLES_REMOVE_USAGE } from '../../src/slack/listeners/commands/roles-remove.ts';
import { USER_ID } from '../support/slack-payloads.ts';
import { ADMIN_ID, type AddWorld, BOB_ID, NEW_POSTING, roles, startAddWorld } from './add-support.ts';

let world: AddWorld;
beforeAll(async () => {
  world = await startAddWorld({ allowPrivateAddresses: false });
});
afterAll(() => world.close());

/** A posting saved from Slack by Alice, as the bot writes it. */
async function savedByAlice(title: string): Promise<{ id: string; file: string }> {
  const relative = `slack/2026-11-25T120000Z-${title.toLowerCase().replace(/\W+/g, '-')}-0a0a.txt`;
  await mkdir(path.join(world.postingsDir, 'slack'), { recursive: true });
  const header = formatFrontMatter({ addedBy: USER_ID, addedAt: '2026-11-25T12:00:00Z', sourceUrl: null });
  await writeFile(
    path.join(world.postingsDir, relative),
    `${header}${NEW_POSTING.replace('Staff Data Engineer', title)}`,
  );
  await world.catalog.refresh();
  const posting = world.catalog.current().postings.find((p) => p.title === title);
  if (posting === undefined) throw new Error(`${title} was not loaded`);
  return { id: posting.id, file: path.join(world.postingsDir, relative) };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('/roles remove', () => {
  it('removes a posting for the person who added it, and the catalog forgets it at once', async () => {
    const { id, file } = await savedByAlice('Lead Data Engineer');
    const { posts } = await roles(world.harness, `remove ${id}`);
    expect(String(posts[0]?.body.text)).toContain('Removed *Lead Data Engineer*');
    expect(await exists(file)).toBe(false);
    expect(world.catalog.current().byId.has(id)).toBe(false);
  });

  it('lets an admin remove a posting someone else added', async () => {
    const { id, file } = await savedByAlice('Data Platform Engineer');
    const { posts } = await roles(world.harness, `remove ${id}`, ADMIN_ID);
    expect(String(posts[0]?.body.text)).toContain('Removed');
    expect(await exists(file)).toBe(false);
  });

  it('refuses anyone else, naming who added it', async () => {
    const { id, file } = await savedByAlice('Analytics Engineer');
    const { posts } = await roles(world.harness, `remove ${id}`, BOB_ID);
    expect(String(posts[0]?.body.text)).toContain(`Only <@${USER_ID}>, who added *Analytics Engineer*`);
    expect(await exists(file)).toBe(true);
    expect(world.catalog.current().byId.has(id)).toBe(true);
  });

  it('never removes a file placed in the folder by hand, even for an admin, and says so', async () => {
    const handPlaced = world.catalog
      .current()
      .postings.find((p) => p.source.path === '03-lever-data-engineer.txt');
    const { posts } = await roles(world.harness, `remove ${handPlaced?.id}`, ADMIN_ID);
    expect(String(posts[0]?.body.text)).toContain('placed in the postings folder by hand');
    expect(await exists(path.join(world.postingsDir, '03-lever-data-engineer.txt'))).toBe(true);
  });

  it('explains an unknown id, and how to use the command when no id is given', async () => {
    const unknown = await roles(world.harness, 'remove zzzz9999');
    expect(String(unknown.posts[0]?.body.text)).toContain('I know no role with the id `zzzz9999`');
    const bare = await roles(world.harness, 'remove');
    expect(bare.posts[0]?.body.text).toBe(ROLES_REMOVE_USAGE);
  });
});

describe('/roles help', () => {
  it('mentions adding and removing postings', async () => {
    const { response } = await roles(world.harness, 'help');
    expect(response.text).toContain('/roles add [link]');
    expect(response.text).toContain('/roles remove &lt;id&gt;');
  });
});
