import { describe, expect, it } from 'vitest';
import { answerRolesCommand } from '../../src/answer/roles-command.ts';
import { fixtureCatalog, fixturePosting } from '../fixtures/catalog/fixture-catalog.ts';

const context = { catalog: fixtureCatalog(), now: new Date('2026-11-25T10:00:00Z') };
const run = (text: string) => answerRolesCommand(text, context);

describe('answerRolesCommand', () => {
  it('shows help for empty text, symbols and "help"', () => {
    expect(run('')).toMatchObject({ kind: 'help', reason: 'empty' });
    expect(run('  ...  ')).toMatchObject({ kind: 'help', reason: 'empty' });
    expect(run('help')).toMatchObject({ kind: 'help', reason: 'asked' });
    expect(run('HELP')).toMatchObject({ kind: 'help', reason: 'asked' });
  });

  it('lists new roles for "new", with an optional window', () => {
    expect(run('new')).toMatchObject({ kind: 'new', since: '2026-11-18' });
    expect(run('new this week')).toMatchObject({ kind: 'new', since: '2026-11-23', window: 'this week' });
    expect(run('New Today')).toMatchObject({ kind: 'new', since: '2026-11-25' });
  });

  it('answers "salary <roles>" with the pay for those roles', () => {
    const answer = run('salary senior data scientist london');
    expect(answer.kind).toBe('salary');
    expect(answer.postings.map((posting) => posting.title)).toEqual(['Senior Data Scientist']);
  });

  it('shows one role for its id', () => {
    const posting = fixturePosting('Contract Data Engineer');
    expect(run(posting.id)).toMatchObject({ kind: 'details', posting });
    expect(run(` ${posting.id.toUpperCase()} `)).toMatchObject({ kind: 'details', posting });
  });

  it('searches anything else, including text that looks like an unknown subcommand', () => {
    const search = run('scala');
    expect(search.kind).toBe('search');
    expect(search.postings[0]?.title).toBe('Backend Engineer (Scala)');
    expect(run('frobnicate scala').kind).toBe('not-found');
    expect(run('frobnicate').kind).toBe('not-found');
  });

  it('answers questions typed after /roles as questions, not searches', () => {
    expect(run('hi').kind).toBe('greeting');
    const highest = run('highest paying role');
    expect(highest.kind).toBe('extreme');
    expect(highest.postings.map((posting) => posting.title)).toContain('Director of Engineering');
    expect(run('compare senior data scientist and data scientist').kind).toBe('compare');
    expect(run('is there anything over 300k?')).toMatchObject({ kind: 'exists' });
  });

  it('treats Slack markup in the command text as plain text', () => {
    expect(run('<@U024BE7LH> scala').postings[0]?.title).toBe('Backend Engineer (Scala)');
  });
});
