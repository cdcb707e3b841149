import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Answer, SearchAnswer } from '../../../src/answer/types.ts';
import { renderAnswerMessage } from '../../../src/render/slack/answer-message.ts';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { decodeMoreValue } from '../../../src/render/slack/more-value.ts';
import { ACTION_IDS } from '../../../src/slack/action-ids.ts';
import {
  allText,
  answersOfEveryKind,
  makePosting,
  maxedPosting,
  safetyProblems,
  walkObjects,
} from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');
const OUR_MENTION = /^<@[UW][A-Z0-9]+>$/;

function postings(count: number) {
  return Array.from({ length: count }, (_, i) =>
    makePosting({ id: `p${String(i).padStart(7, '0')}`, title: `Role number ${i + 1}` }),
  );
}

function searchAnswer(count: number, question = 'ml manager new york'): SearchAnswer {
  const answer = answersOfEveryKind(postings(count), question)[0];
  if (answer?.kind !== 'search') throw new Error('fixture order changed');
  return { ...answer, notes: [], understood: 'manager · machine learning · in New York' };
}

function buttons(blocks: KnownBlock[]): { action_id: string; value: string; text: string }[] {
  const found: { action_id: string; value: string; text: string }[] = [];
  walkObjects(blocks, (node) => {
    if (node.type === 'button') {
      found.push({
        action_id: String(node.action_id),
        value: String(node.value),
        text: String((node.text as { text: string }).text),
      });
    }
  });
  return found;
}

describe('renderAnswerMessage for a search', () => {
  it('heads the message with the result count and the understood query, and shows five cards', () => {
    const message = renderAnswerMessage(searchAnswer(12), { now });
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '12 roles for “manager · machine learning · in New York”' },
    });
    const cards = buttons(message.blocks).filter((b) => b.action_id === ACTION_IDS.showDetails);
    expect(cards.map((b) => b.value)).toEqual(['p0000000', 'p0000001', 'p0000002', 'p0000003', 'p0000004']);
    expect(allText(message.blocks)).toContain('showing 1–5');
  });

  it('offers More with the question and the next page, and Share for the page shown', () => {
    const message = renderAnswerMessage(searchAnswer(12), { now, page: 2 });
    const more = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.showMore);
    const share = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.share);
    expect(more && decodeMoreValue(more.value)).toEqual({ q: 'ml manager new york', p: 3 });
    expect(share && decodeMoreValue(share.value)).toEqual({ q: 'ml manager new york', p: 2 });
    expect(share?.text).toBe('Share in channel');
  });

  it('shows the last partial page without a More button, and clamps pages past the end', () => {
    for (const page of [3, 99]) {
      const message = renderAnswerMessage(searchAnswer(12), { now, page });
      const ids = buttons(message.blocks).map((b) => b.action_id);
      expect(ids.filter((id) => id === ACTION_IDS.showDetails)).toHaveLength(2);
      expect(ids).not.toContain(ACTION_IDS.showMore);
    }
  });

  it('cuts a huge question so the More value stays under 2,000 characters', () => {
    const question = `"quoted" ${'x'.repeat(5000)}`;
    const message = renderAnswerMessage(searchAnswer(12, question), { now });
    const more = buttons(message.blocks).find((b) => b.action_id === ACTION_IDS.showMore);
    expect(more?.value.length).toBeLessThanOrEqual(2000);
    expect(decodeMoreValue(more?.value ?? '')?.p).toBe(2);
  });

  it('puts dropped terms and other notes in a context block', () => {
    const answer = { ...searchAnswer(3), notes: ['Dropped “the”: too common to search for.'] };
    const context = renderAnswerMessage(answer, { now }).blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain('Dropped “the”: too common to search for.');
  });

  it('says when nothing matched and suggests what to try, without buttons', () => {
    const message = renderAnswerMessage(searchAnswer(0, 'quantum chef tokyo'), { now });
    expect(message.text).toContain('No roles match');
    expect(allText(message.blocks)).toContain('/roles new');
    expect(buttons(message.blocks)).toEqual([]);
  });

  it('names the postings used in the fallback text', () => {
    const message = renderAnswerMessage(searchAnswer(3), { now });
    expect(message.text).toContain('Role number 1 (p0000000)');
    expect(message.text).toContain('Role number 3 (p0000002)');
  });
});

describe('renderAnswerMessage for a shared copy', () => {
  it('drops More and Share and says who shared it', () => {
    const message = renderAnswerMessage(searchAnswer(12), { now, shared: { byUserId: 'U024BE7LH' } });
    expect(buttons(message.blocks).map((b) => b.action_id)).not.toContain(ACTION_IDS.showMore);
    expect(buttons(message.blocks).map((b) => b.action_id)).not.toContain(ACTION_IDS.share);
    expect(allText(message.blocks)).toContain('Shared by <@U024BE7LH>');
  });

  it('does not mention a user id that is not shaped like one', () => {
    const message = renderAnswerMessage(searchAnswer(2), { now, shared: { byUserId: '!channel' } });
    expect(allText(message.blocks)).not.toContain('<!channel>');
    expect(allText(message.blocks)).not.toContain('<@');
  });
});

describe('renderAnswerMessage for every kind of answer', () => {
  const kinds = answersOfEveryKind(postings(4));

  it.each(kinds.map((answer) => [answer.kind, answer] as const))(
    'renders a %s answer with a header, a fallback naming its postings, and valid blocks',
    (_kind, answer: Answer) => {
      const message = renderAnswerMessage(answer, { now });
      expect(message.blocks[0]?.type).toBe('header');
      expect(message.text.length).toBeGreaterThan(0);
      for (const posting of answer.postings) expect(message.text).toContain(posting.id);
      expect(blockKitLimitProblems(message)).toEqual([]);
    },
  );

  it('lists every salary with its currency and the roles that state none', () => {
    const answer = answersOfEveryKind([
      makePosting({ id: 'usd00001', title: 'Data Engineer' }),
      makePosting({ id: 'none0001', title: 'Product Designer', salary: null }),
    ])[1];
    if (answer === undefined) throw new Error('fixture missing');
    const text = allText(renderAnswerMessage(answer, { now }).blocks);
    expect(text).toContain('*Data Engineer* — Spotify: $176,166–$251,666 a year');
    expect(text).toContain('*Salary not stated:* *Product Designer* — Spotify');
  });

  it('explains help for an unknown command and shows ready-to-paste examples', () => {
    const help = answersOfEveryKind(postings(4)).find((a) => a.kind === 'help');
    if (help === undefined) throw new Error('fixture missing');
    const text = allText(renderAnswerMessage(help).blocks);
    expect(text).toContain('I did not recognise “frobnicate”');
    expect(text).toContain('`/roles salary ml`');
  });
});

describe('renderAnswerMessage for answers to questions', () => {
  const kinds = answersOfEveryKind(postings(4), 'ml manager');
  const find = (kind: Answer['kind'], index = 0) => kinds.filter((answer) => answer.kind === kind)[index];
  const render = (answer: Answer | undefined) => {
    if (answer === undefined) throw new Error('fixture missing');
    return renderAnswerMessage(answer, { now });
  };
  const header = (message: ReturnType<typeof render>) =>
    message.blocks[0]?.type === 'header' ? message.blocks[0].text.text : '';

  it('greets with three questions to paste, never "nothing found"', () => {
    const message = render(find('greeting'));
    expect(header(message)).toBe('Hi!');
    expect(allText(message.blocks)).toContain('`which role pays the most?`');
    expect(allText(message.blocks)).not.toMatch(/Nothing found|could not find/);
  });

  it('says yes with the roles and their pay, or a plain no', () => {
    const yes = render(find('exists', 0));
    expect(header(yes)).toMatch(/^Yes: 4 roles for “ml manager · paying at least 200k”$/);
    expect(allText(yes.blocks)).toContain('$176,166–$251,666 a year');
    expect(header(render(find('exists', 1)))).toBe('No: no role matches “paying at least 900k”');
  });

  it('names the best paid role of each currency with its pay', () => {
    const message = render(find('extreme'));
    expect(header(message)).toBe('Best paid “ml manager”');
    expect(allText(message.blocks)).toMatch(/\*Paid in USD a year\* \(of \d roles?\)/);
  });

  it('puts compared roles side by side, each with place, pay, level and workplace', () => {
    const message = render(find('compare'));
    const fields = message.blocks.flatMap((block) =>
      block.type === 'section' && block.fields !== undefined ? block.fields : [],
    );
    expect(fields).toHaveLength(3);
    for (const field of fields)
      expect(field.text).toMatch(/\*Place:\*.*\n\*Pay:\*.*\n\*Level:\*.*\n\*Workplace:\*/s);
  });

  it('asks which role was meant, listing each with its id', () => {
    const message = render(find('clarify'));
    expect(header(message)).toBe('Which role do you mean?');
    expect(allText(message.blocks)).toContain('could be any of 4 roles');
  });

  it('says which part of the question no role has, and what it may have meant', () => {
    const message = render(find('not-found', 1));
    expect(header(message)).toMatch(/^No role matches “/);
    expect(allText(message.blocks)).toContain('No role is in Tokyo.');
    expect(allText(message.blocks)).toContain('Did you mean');
  });
});

describe('renderAnswerMessage at its largest', () => {
  const huge = Array.from({ length: 300 }, (_, i) => maxedPosting(i));
  const answers = answersOfEveryKind(huge, `${'long question '.repeat(400)}`);

  it.each(answers.map((answer, i) => [`${answer.kind} #${i}`, answer] as const))(
    'keeps a %s answer over 300 maxed postings within every Block Kit limit',
    (_name, answer: Answer) => {
      for (const options of [{ now }, { now, page: 60 }, { now, shared: { byUserId: 'U1' } }]) {
        const message = renderAnswerMessage(answer, options);
        expect(blockKitLimitProblems(message)).toEqual([]);
      }
    },
  );

  it.each(answers.map((answer, i) => [`${answer.kind} #${i}`, answer] as const))(
    'lets no markup from postings or questions through in a %s answer',
    (_name, answer: Answer) => {
      const message = renderAnswerMessage(answer, { now, shared: { byUserId: 'U1' } });
      expect(safetyProblems(message, [OUR_MENTION, /^<https?:\/\/[^<>|]+\|[^<>]*>$/])).toEqual([]);
    },
  );
});
