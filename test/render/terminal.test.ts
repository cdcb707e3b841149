import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.ts';
import { formatSalary, renderTerminal } from '../../src/render/terminal.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';

const context = { catalog: fixtureCatalog(), now: new Date('2026-11-25T10:00:00Z') };
const render = (text: string) => renderTerminal(answerQuestion(text, context));

describe('formatSalary', () => {
  it('writes pay the way people write it, as Slack does: symbols, ranges, open ends, single figures', () => {
    expect(formatSalary({ min: 210_000, max: 260_000, currency: 'USD', period: 'year' })).toBe(
      '$210,000–$260,000 a year',
    );
    expect(formatSalary({ min: null, max: 90_000, currency: 'GBP', period: 'year' })).toBe(
      'up to £90,000 a year',
    );
    expect(formatSalary({ min: 45, max: null, currency: 'USD', period: 'hour' })).toBe('from $45 an hour');
    expect(formatSalary({ min: 18, max: 18, currency: 'EUR', period: 'hour' })).toBe('€18 an hour');
  });
});

describe('renderTerminal', () => {
  it('prints a salary answer with aligned columns, "not stated" rows and the overall range', () => {
    const text = render('how much do ML engineering managers pay?');
    const rows = text.split('\n').filter((line) => line.includes('['));
    const columns = rows.map((line) => line.length - line.replace(/^.*\]\s+/, '').length);
    expect(new Set(columns).size).toBe(1);
    expect(text).toContain('not stated');
    expect(text).toMatch(
      /USD a year \(1 role\)\s+min \$220,000 · median \$250,000 · mean \$250,000 · max \$280,000/,
    );
  });

  it('names every posting it used by title and id', () => {
    const answer = answerQuestion('which roles are in London?', context);
    const text = renderTerminal(answer);
    for (const posting of answer.postings)
      expect(text).toContain(`${posting.title} — ${posting.company}  [${posting.id}]`);
  });

  it('prints notes at the end', () => {
    const text = render('which roles pay by the hour?');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Note: Pay is stated in 2 different currencies/);
  });

  it('prints suggestions when nothing matched', () => {
    expect(render('figma')).toMatch(
      /^No role matches “figma”\.\n(Did you mean: .+\n)?Try:\n {2}which roles are in/,
    );
  });

  it('prints the details of one role with every field labelled', () => {
    const text = render('tell me about the computer vision role');
    for (const label of [
      'Company',
      'Team',
      'Where',
      'Pay',
      'Seniority',
      'Type',
      'Posted',
      'Skills',
      'Source',
    ]) {
      expect(text).toMatch(new RegExp(`^ {2}${label} +\\S`, 'm'));
    }
    expect(text).toContain('$170,000–$210,000 a year');
  });

  it('prints new roles with their dates and the undated ones apart', () => {
    const text = render("what's new this week?");
    expect(text).toMatch(/^ {2}2026-11-24 {2}Staff Machine Learning Engineer, Generative AI/m);
    expect(text).toContain('No posting date:');
  });

  it('prints counts for stats', () => {
    expect(render('how many roles are there?')).toMatch(/^30 roles, 25 with a stated salary\./);
  });

  it('uses no colour codes', () => {
    for (const question of ['help', 'scala', 'which roles are remote?', 'which roles need scala?']) {
      expect(render(question)).not.toMatch(/\u001b\[/);
    }
  });
});
