import { describe, expect, it } from 'vitest';
import { parsePostingFile } from '../../../src/parse/parse-posting.ts';
import { formatFrontMatter, readFrontMatter } from '../../../src/parse/read/front-matter.ts';

const POSTING = [
  'Staff Data Engineer',
  'Acme Analytics · Berlin, Germany (Hybrid)',
  '',
  'About the role',
  'You will build our batch and streaming pipelines with Spark and Kafka.',
  '',
  'Requirements',
  '- 7+ years building data platforms',
  '- Strong Python and SQL',
].join('\n');

describe('readFrontMatter', () => {
  it('reads back what formatFrontMatter writes and returns the text after it', () => {
    const header = formatFrontMatter({
      addedBy: 'U123',
      addedAt: '2026-11-25T10:15:03Z',
      sourceUrl: 'https://jobs.example.com/1',
    });
    expect(readFrontMatter(`${header}${POSTING}`)).toEqual({
      frontMatter: {
        addedBy: 'U123',
        addedAt: '2026-11-25T10:15:03Z',
        sourceUrl: 'https://jobs.example.com/1',
      },
      body: POSTING,
    });
  });

  it('leaves a Markdown file that opens with its own front matter untouched', () => {
    const content = '---\nlayout: post\ntitle: Hiring\n---\n# Staff Data Engineer';
    expect(readFrontMatter(content)).toEqual({ frontMatter: null, body: content });
  });

  it('leaves a file that opens with a horizontal rule untouched', () => {
    const content = '---\nStaff Data Engineer\n---\nAcme';
    expect(readFrontMatter(content).frontMatter).toBeNull();
  });

  it('keeps a value on one line so a link with a line break cannot end the header early', () => {
    const header = formatFrontMatter({
      addedBy: 'U1',
      addedAt: 'x',
      sourceUrl: 'https://a.example\n---\nfake',
    });
    expect(readFrontMatter(`${header}body`).body).toBe('body');
  });
});

describe('parsePostingFile with a front-matter header', () => {
  const file = (content: string) => ({
    path: 'slack/2026-11-25T101503Z-acme-staff-data-engineer-7f3a.txt',
    content,
    modifiedAt: new Date('2026-11-25T10:15:03Z'),
  });

  it('records who added the posting and when, and takes the link as its source', () => {
    const header = formatFrontMatter({
      addedBy: 'U123',
      addedAt: '2026-11-25T10:15:03Z',
      sourceUrl: 'https://boards.greenhouse.io/acme/jobs/42',
    });
    const outcome = parsePostingFile(file(`${header}${POSTING}`));
    if (!outcome.ok) throw new Error(outcome.reason);
    const posting = outcome.postings[0];
    expect(posting?.title).toBe('Staff Data Engineer');
    expect(posting?.addedBy).toEqual({ userId: 'U123', at: '2026-11-25T10:15:03Z' });
    expect(posting?.source.url).toBe('https://boards.greenhouse.io/acme/jobs/42');
    expect(posting?.source.board).toBe('greenhouse');
    expect(posting?.sources[0]).toEqual(posting?.source);
    expect(posting?.text).not.toContain('added-by');
  });

  it('gives the same id as the posting without its header, so a re-added posting is recognised', () => {
    const header = formatFrontMatter({ addedBy: 'U1', addedAt: '2026-11-25T10:15:03Z', sourceUrl: null });
    const withHeader = parsePostingFile(file(`${header}${POSTING}`));
    const without = parsePostingFile(file(POSTING));
    expect(withHeader.ok && without.ok && withHeader.postings[0]?.id).toBe(
      without.ok && without.postings[0]?.id,
    );
  });

  it('has no addedBy for a file placed in the folder by hand', () => {
    const outcome = parsePostingFile(file(POSTING));
    expect(outcome.ok && outcome.postings[0]?.addedBy).toBeUndefined();
  });
});
