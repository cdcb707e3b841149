import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '../../src/workers/parse-pool.ts';

const pool = createParsePool({ threads: 1 });
afterAll(() => pool.close());

const encode = (text: string) => new TextEncoder().encode(text);
const POSTING =
  'Senior Data Engineer\nAcme Analytics\nLeeds, UK\n\nPosted 6 days ago\n\nYou will build our pipelines.\n';

describe('the parse pool', () => {
  it('parses a posting in a worker, dating "6 days ago" from the instant it is given', async () => {
    const outcome = await pool.parse('acme.txt', encode(POSTING), new Date('2026-03-20T10:00:00Z'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.postings[0]).toMatchObject({
      title: 'Senior Data Engineer',
      postedAt: '2026-03-14',
      source: { path: 'acme.txt' },
    });
  });

  it('turns unreadable bytes into a one-line reason', async () => {
    const outcome = await pool.parse('binary.txt', Uint8Array.of(0x89, 0x50, 0, 1), new Date());
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it('stops a file past its time budget, says so in one line, and keeps parsing the next', async () => {
    // A page big enough that no parser reads it in 5 ms on any machine.
    const page = `<html><body>${'<p>Senior Engineer wanted, Leeds. '.repeat(200_000)}</body></html>`;
    const slow = await pool.parse('huge-page.html', encode(page), new Date(), 5);
    expect(slow).toEqual({ ok: false, reason: expect.stringMatching(/longer than 5 ms.*PARSE_TIMEOUT_MS/) });
    if (!slow.ok) expect(slow.reason).not.toContain('\n');
    const next = await pool.parse('acme.txt', encode(POSTING), new Date());
    expect(next.ok).toBe(true);
  }, 60_000);
});
