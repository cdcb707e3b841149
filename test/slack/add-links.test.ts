import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/action-ids.ts';
import { type PageServer, startPageServer } from '../support/page-server.ts';
import {
  type AddWorld,
  messageShortcut,
  NEW_POSTING,
  roles,
  startAddWorld,
  submitAddForm,
} from './add-support.ts';
import { buttons, visibleText } from './harness.ts';

const JSON_LD_PAGE = `<!doctype html><html><head><title>Platform Engineer – Wombat Robotics</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Platform Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Wombat Robotics' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Melbourne', addressCountry: 'AU' } },
  employmentType: 'FULL_TIME',
  datePosted: '2026-11-20',
  description:
    '<p>Wombat Robotics builds warehouse robots.</p><ul><li>Run our Kubernetes clusters</li><li>Own CI and deploys</li></ul>',
})}</script></head><body><h1>Platform Engineer</h1><p>Wombat Robotics · Melbourne</p>
<ul><li>Run our Kubernetes clusters</li><li>Own CI and deploys</li></ul></body></html>`;

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
  server.page('/jobs/platform', JSON_LD_PAGE);
  server.page('/jobs/quokka.txt', NEW_POSTING, 'text/plain; charset=utf-8');
  server.page('/menu', '<html><body><p>Our cafe menu: soup of the day, bread.</p></body></html>');
  server.page('/blank', '<html><head><title>x</title></head><body><script>var x = 1</script></body></html>');
  server.page('/brochure.pdf', '%PDF-1.7', 'application/pdf');
  for (let i = 0; i < 5; i++)
    server.route(`/r${i}`, (_req, res) => res.writeHead(302, { location: `/r${i + 1}` }).end());
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'filler '.repeat(1000)}</p>`;
    for (let written = 0; written < 3 * 1024 * 1024; written += chunk.length) res.write(chunk);
    res.end();
  });
});
afterAll(() => server.close());

describe('adding by link, with private addresses allowed (FETCH_ALLOW_PRIVATE_ADDRESSES=true)', () => {
  let world: AddWorld;
  beforeAll(async () => {
    world = await startAddWorld({ allowPrivateAddresses: true });
  });
  beforeEach(() => world.harness.slack.reset());
  afterAll(() => world.close());

  it('answers at once with "Fetching …", then replaces it with what it read', async () => {
    const { all } = await roles(world.harness, `add <${server.origin}/jobs/platform>`);
    expect(all).toHaveLength(2);
    expect(String(all[0]?.body.text)).toBe(`Fetching ${server.origin}/jobs/platform …`);
    expect(all[0]?.body.replace_original).toBeUndefined();
    expect(all[1]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(visibleText(all[1]?.body.blocks)).toContain('Platform Engineer');
  });

  it('replaces "Fetching …" with a clear error when the link cannot be read', async () => {
    const { all } = await roles(world.harness, `add <${server.origin}/missing-page>`);
    expect(String(all[0]?.body.text)).toMatch(/^Fetching /);
    expect(all[1]?.body).toMatchObject({ replace_original: true });
    expect(String(all[1]?.body.text)).toContain('I could not read that link');
  });

  it('reads a page by its JSON-LD JobPosting and offers to save it, with the link as its source', async () => {
    const { posts } = await roles(world.harness, `add <${server.origin}/jobs/platform>`);
    const body = posts[0]?.body ?? {};
    expect(body.response_type).toBe('ephemeral');
    const seen = visibleText(body.blocks);
    expect(seen).toContain('Platform Engineer');
    expect(seen).toContain('Wombat Robotics');
    expect(seen).toContain('Melbourne');
    expect(seen).toContain(`${server.origin}/jobs/platform`);
    expect(buttons(body.blocks).map((b) => b.actionId)).toEqual([ACTION_IDS.addSave, ACTION_IDS.addEdit]);
  });

  it('reads a plain-text posting served at a link', async () => {
    const { posts } = await roles(world.harness, `add ${server.origin}/jobs/quokka.txt`);
    expect(visibleText(posts[0]?.body.blocks)).toContain('Quokka Analytics');
  });

  it('reads the page behind a message that is only a link, when "Add to roles" is used on it', async () => {
    const { posts } = await messageShortcut(world.harness, { text: `<${server.origin}/jobs/platform>` });
    expect(visibleText(posts[0]?.body.blocks)).toContain('Wombat Robotics');
    expect(buttons(posts[0]?.body.blocks).map((b) => b.text)).toEqual(['Save', 'Edit']);
  });

  it('fetches the link typed into the form when the text box is empty, behind a "Reading…" view', async () => {
    const { body } = await submitAddForm(world.harness, { text: '', link: `${server.origin}/jobs/platform` });
    expect(body.response_action).toBe('update');
    expect(visibleText(body.view)).toContain('Reading');
    const [update] = await world.harness.slack.waitForCalls('views.update');
    expect(update?.args.view_id).toBe('VADDFORM');
    expect(visibleText(update?.args.view)).toContain('Here is what I understood');
    expect(visibleText(update?.args.view)).toContain('Wombat Robotics');
  });

  it('puts the form back with the reason when the page at the link is not a job posting', async () => {
    await submitAddForm(world.harness, { link: `${server.origin}/menu` });
    const [update] = await world.harness.slack.waitForCalls('views.update');
    const view = update?.args.view as { blocks: { element?: { initial_value?: string } }[] };
    expect(visibleText(view)).toContain('does not look like a job posting');
    expect(view.blocks.some((b) => b.element?.initial_value === `${server.origin}/menu`)).toBe(true);
  });

  it.each([
    ['a page that is not a job posting', '/menu', 'does not look like a job posting'],
    ['a page with no readable text', '/blank', 'no visible text'],
    ['a link that redirects too many times', '/r0', 'redirects more than 3 times'],
    ['a page over the size limit', '/huge', 'larger than 2048 KB'],
    ['a PDF', '/brochure.pdf', 'application/pdf'],
    ['a missing page', '/nowhere', 'HTTP 404'],
  ])('says clearly what is wrong with %s, and saves nothing', async (_what, pagePath, reason) => {
    const { posts } = await roles(world.harness, `add ${server.origin}${pagePath}`);
    expect(String(posts[0]?.body.text)).toContain(reason);
    expect(buttons(posts[0]?.body.blocks)).toEqual([]);
    expect(await world.savedFiles()).toEqual([]);
  });

  it('refuses a link that is not http(s)', async () => {
    const { posts } = await roles(world.harness, 'add ftp://jobs.example.com/1');
    expect(String(posts[0]?.body.text)).toContain('http:// or https://');
  });
});

describe('adding by link with private addresses refused (the default)', () => {
  let world: AddWorld;
  beforeAll(async () => {
    world = await startAddWorld({ allowPrivateAddresses: false });
  });
  afterAll(() => world.close());

  it('refuses a link to a local address without sending it any request', async () => {
    const before = server.requests.length;
    const { posts } = await roles(world.harness, `add ${server.origin}/jobs/platform`);
    expect(String(posts[0]?.body.text)).toContain('private or local address');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a host name that resolves to a local address, from the form too', async () => {
    const before = server.requests.length;
    await submitAddForm(world.harness, {
      link: `${server.origin.replace('127.0.0.1', 'localhost')}/jobs/platform`,
    });
    const [update] = await world.harness.slack.waitForCalls('views.update');
    expect(visibleText(update?.args.view)).toContain('private or local address');
    expect(server.requests.length).toBe(before);
  });
});
