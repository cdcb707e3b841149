import { describe, expect, it } from 'vitest';
import { findDuplicate } from '../../src/intake/find-duplicate.ts';
import { NOT_A_POSTING, readDraft } from '../../src/intake/read-draft.ts';
import { parsePostingFile } from '../../src/parse/parse-posting.ts';
import { NEW_POSTING } from '../slack/add-support.ts';

const parse = async (file: Parameters<typeof parsePostingFile>[0]) => parsePostingFile(file);
const addedAt = new Date('2026-11-25T10:15:03.456Z');
const draft = {
  content: NEW_POSTING,
  format: '.txt' as const,
  sourceUrl: 'https://jobs.lever.co/quokka/42',
  userId: 'U0ALICE',
  editableText: NEW_POSTING,
};

describe('readDraft', async () => {
  it('reads the draft as the saved file will be read: header, who added it, and the link', async () => {
    const reading = await readDraft(draft, { addedAt, path: 'slack/x.txt' }, parse);
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.fileContent.startsWith('---\nadded-by: U0ALICE\nadded-at: 2026-11-25T10:15:03Z\n')).toBe(
      true,
    );
    const [posting] = reading.postings;
    expect(posting?.title).toBe('Staff Data Engineer');
    expect(posting?.company).toBe('Quokka Analytics');
    expect(posting?.addedBy).toEqual({ userId: 'U0ALICE', at: '2026-11-25T10:15:03Z' });
    expect(posting?.source).toEqual({
      path: 'slack/x.txt',
      board: 'lever',
      url: 'https://jobs.lever.co/quokka/42',
    });
  });

  it('explains why text that is not a job posting cannot be added', async () => {
    const reading = await readDraft(
      { ...draft, content: 'Lunch is at noon today.' },
      { addedAt, path: 'slack/x.txt' },
      parse,
    );
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason.startsWith(`${NOT_A_POSTING}: no job title found`)).toBe(true);
  });
});

describe('findDuplicate', async () => {
  const read = async (content: string, path: string) => {
    const reading = await readDraft({ ...draft, content }, { addedAt, path }, parse);
    if (!reading.ok || reading.postings[0] === undefined) throw new Error('unreadable');
    return reading.postings[0];
  };

  it('finds the same posting saved from another board, with a different header and footer', async () => {
    const known = await read(NEW_POSTING, 'a.txt');
    const again = await read(`Quokka Analytics careers\n\n${NEW_POSTING}\n\nApply now`, 'b.txt');
    expect(findDuplicate(again, [known])?.source.path).toBe('a.txt');
  });

  it('keeps a different role at the same company apart', async () => {
    const known = await read(NEW_POSTING, 'a.txt');
    const other = await read(
      NEW_POSTING.replace('Staff Data Engineer', 'Product Designer').replace(
        /What you will do[\s\S]*/,
        'What you will do\n- Design the forecasting dashboards\n- Run research with wind farm operators',
      ),
      'b.txt',
    );
    expect(findDuplicate(other, [known])).toBeNull();
  });
});
