import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { seed, seedCatalog } from '../fixtures/catalog/seed-catalog.ts';

const ask = (text: string) =>
  answerQuestion(text, { catalog: seedCatalog(), now: new Date('2026-11-25T10:00:00Z') });

function expectKind<K extends Answer['kind']>(answer: Answer, kind: K): Extract<Answer, { kind: K }> {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
}

describe('answers over the real seed postings', () => {
  it("what's the salary range for senior ML engineers? $210,000–$260,000 a year (004); 001 states none", () => {
    const salary = expectKind(ask("what's the salary range for senior ML engineers?"), 'salary');
    const stated = salary.rows.filter((row) => row.salary !== null);
    expect(stated.map((row) => row.posting.id)).toEqual([seed('004').id]);
    expect(salary.groups).toEqual([
      {
        currency: 'USD',
        period: 'year',
        count: 1,
        min: 210_000,
        median: 235_000,
        mean: 235_000,
        max: 260_000,
      },
    ]);
    expect(salary.notStated.map((posting) => posting.id)).toEqual([seed('001').id]);
    const text = renderTerminal(salary);
    expect(text).toContain('$210,000–$260,000 a year');
    // Two Spotify roles share the title; the line tells them apart (by place or team) before the id.
    expect(text).toMatch(/Senior Machine Learning Engineer — Spotify( \([^)]+\))? {2}\[\w+\] +not stated/);
  });

  it('how much do ML manager roles pay? $176,166–$251,666 a year (003); 000 and 002 not stated', () => {
    const salary = expectKind(ask('how much do ML manager roles pay?'), 'salary');
    expect(salary.rows.filter((row) => row.salary !== null).map((row) => row.posting.id)).toEqual([
      seed('003').id,
    ]);
    expect(salary.groups[0]).toMatchObject({ currency: 'USD', period: 'year', min: 176_166, max: 251_666 });
    expect(salary.notStated.map((posting) => posting.id).sort()).toEqual(
      [seed('000').id, seed('002').id].sort(),
    );
    expect(renderTerminal(salary)).toContain('$176,166–$251,666 a year');
  });

  it('which roles are in New York? 002 and 003', () => {
    const answer = ask('which roles are in New York?');
    expect(answer.postings.map((posting) => posting.id).sort()).toEqual(
      [seed('002').id, seed('003').id].sort(),
    );
  });

  it('tell me about the LPM role: 003', () => {
    expect(expectKind(ask('tell me about the LPM role'), 'details').posting.id).toBe(seed('003').id);
  });

  it('which roles need Scala? 004', () => {
    const answer = expectKind(ask('which roles need Scala?'), 'requirements');
    expect(answer.rows.map((row) => row.posting.id)).toEqual([seed('004').id]);
  });

  it('which roles are remote? 004', () => {
    expect(
      expectKind(ask('which roles are remote?'), 'workplace').matching.map((posting) => posting.id),
    ).toEqual([seed('004').id]);
  });
});
