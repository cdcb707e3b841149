import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../src/console/console.ts';
import { buildCatalog, type Catalog } from '../../src/search/catalog.ts';
import { readSeedPostings } from '../fixtures/catalog/seed-catalog.ts';

const now = new Date('2026-11-25T10:00:00Z');
const catalog = buildCatalog(readSeedPostings(new Date('2026-11-20T00:00:00Z')));

/** Types `lines` into a console and returns everything it printed, once it has finished. */
async function session(lines: string[], options: { end?: boolean; getCatalog?: () => Catalog } = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = startConsole({
    getCatalog: options.getCatalog ?? (() => catalog),
    input,
    output,
    now: () => now,
    promptText: 'roles> ',
  });
  for (const line of lines) input.write(`${line}\n`);
  if (options.end !== false) input.end();
  await done;
  return printed;
}

describe('startConsole', () => {
  it('answers greetings, superlatives and comparisons as the Slack app does', async () => {
    const printed = await session(['hi', 'which role pays the most?', 'compare the two ML manager roles']);
    expect(printed).toContain('Hi! I know 5 saved roles.');
    expect(printed).not.toContain('Nothing found for “hi”');
    expect(printed).toContain('Best paid:');
    expect(printed).toContain('$210,000–$260,000 a year');
    expect(printed).toContain('Comparing 2 roles');
  });

  it('greets with a banner naming the local console, the postings loaded and example inputs', async () => {
    const printed = await session([]);
    expect(printed).toContain('local console (no Slack credentials set');
    expect(printed).toContain(`Loaded ${catalog.postings.length} postings.`);
    expect(printed).toContain('/roles ml manager new york');
    expect(printed).toContain('/roles salary ml');
    expect(printed).toContain("what's the salary range for senior ML engineers?");
  });

  it('answers /roles searches with the roles found, by title and id', async () => {
    const printed = await session(['/roles machine learning']);
    expect(catalog.postings.length).toBeGreaterThan(0);
    expect(printed).toMatch(/\d+ roles? for/);
    const named = catalog.postings.filter((p) => printed.includes(`[${p.id}]`));
    expect(named.length).toBeGreaterThan(0);
  });

  it('answers /roles help, /roles new, /roles salary and /roles <id> like the slash command', async () => {
    const first = catalog.postings[0];
    if (first === undefined) throw new Error('no seed parsed');
    const printed = await session(['/roles help', '/roles new', '/roles salary ml', `/roles ${first.id}`]);
    expect(printed).toContain('Try:');
    expect(printed).toMatch(/New .*\(\d{4}-\d{2}-\d{2} to 2026-11-25\)/);
    expect(printed).toMatch(/Pay( for .*)?:/);
    expect(printed).toContain(`${first.title}`);
    expect(printed).toContain(`[${first.id}]`);
  });

  it('answers a plain question as an @mention would be answered', async () => {
    const printed = await session(["what's the salary range for senior ML engineers?"]);
    expect(printed).toMatch(/Pay|not stated|\d{2,3},\d{3}/);
  });

  it('says briefly when a slash command is not one it knows', async () => {
    const printed = await session(['/foo bar']);
    expect(printed).toContain('Unknown command /foo.');
  });

  it('points Slack-only subcommands to Slack instead of searching for them', async () => {
    const printed = await session(['/roles subscribe ml', '/roles add https://jobs.example/1']);
    expect(printed).toContain('`/roles subscribe` works in Slack');
    expect(printed).toContain('`/roles add` works in Slack');
    expect(printed).not.toMatch(/roles for/);
  });

  it('says what `more` can show', async () => {
    const printed = await session(['more', '/roles machine learning', 'more']);
    expect(printed).toContain('Nothing more to show.');
    expect(printed).toMatch(/All \d+ roles? of the last search are shown above/);
  });

  it('stops at exit, without reading further lines', async () => {
    const printed = await session(['exit', '/roles help'], { end: false });
    expect(printed).not.toContain('Try:');
  });

  it('also stops at quit, whatever its case', async () => {
    await expect(session(['QUIT'], { end: false })).resolves.toContain('roles> ');
  });

  it('keeps going after a line that fails, with a short error', async () => {
    let calls = 0;
    const flaky = () => {
      calls += 1;
      // The banner reads the catalog once; the first question then meets a catalog that cannot be read.
      if (calls === 2) throw new Error('catalog is being reloaded\nstack detail');
      return catalog;
    };
    const printed = await session(['/roles help', '/roles help'], { getCatalog: flaky });
    expect(printed).toContain('Sorry, that failed: catalog is being reloaded');
    expect(printed).not.toContain('stack detail');
    expect(printed).toContain('Try:');
  });
});
