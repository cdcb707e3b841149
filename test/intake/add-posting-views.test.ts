import { describe, expect, it } from 'vitest';
import { ADD_FORM_TEXT_MAX } from '../../src/intake/add-form.ts';
import {
  addPostingForm,
  draftMessage,
  duplicateMessage,
  readingLinkView,
  resultModal,
  savedMessage,
  TEXT_TOO_LONG_TO_EDIT,
} from '../../src/intake/add-posting-views.ts';
import { blockKitLimitProblems } from '../../src/render/slack/limits.ts';
import { ACTION_IDS } from '../../src/slack/action-ids.ts';
import { makePosting, salary } from '../digest/make-posting.ts';
import { visibleText } from '../slack/harness.ts';

const hostile = makePosting({
  id: 'abcd1234',
  title: `<!channel> ${'Very Long Title '.repeat(40)}`,
  company: 'Evil & Co <@U123>',
  salary: salary(100_000, 120_000),
});

describe('the add-a-role views', () => {
  it('fit Slack’s Block Kit limits even for a hostile, overlong posting', () => {
    const ready = draftMessage({
      kind: 'ready',
      draftId: 'd1',
      posting: hostile,
      others: 2,
      sourceUrl: 'https://x.example/<a>',
    });
    for (const payload of [
      addPostingForm({ text: 'x'.repeat(ADD_FORM_TEXT_MAX), link: 'https://x.example' }),
      addPostingForm({ notice: 'n'.repeat(5000) }),
      readingLinkView(`https://x.example/${'a'.repeat(4000)}`),
      resultModal(ready),
      resultModal(duplicateMessage(hostile)),
      resultModal(savedMessage(hostile)),
      resultModal(draftMessage({ kind: 'not-posting', reason: 'r'.repeat(5000) })),
    ]) {
      expect(blockKitLimitProblems(payload)).toEqual([]);
    }
    expect(blockKitLimitProblems({ text: ready.text, blocks: ready.blocks })).toEqual([]);
  });

  it('escapes what came from the posting, so it cannot ping a channel or a person', () => {
    const seen = visibleText(
      draftMessage({ kind: 'ready', draftId: 'd1', posting: hostile, others: 0, sourceUrl: null }).blocks,
    );
    expect(seen).not.toContain('<!channel>');
    expect(seen).not.toContain('<@U123>');
    expect(seen).toContain('Evil &amp; Co &lt;@U123&gt;');
  });

  it('shows the understood fields with Save and Edit carrying the draft id', () => {
    const message = draftMessage({
      kind: 'ready',
      draftId: 'draft42',
      posting: makePosting({ id: 'abcd1234' }),
      others: 0,
      sourceUrl: null,
    });
    const text = visibleText(message.blocks);
    for (const label of ['Title', 'Company', 'Location', 'Salary', 'Type'])
      expect(text).toContain(`*${label}*`);
    expect(text).toContain('Senior Backend Engineer');
    expect(text).toContain('London, UK · Hybrid');
    const actions = message.blocks.find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string }[];
    };
    expect(actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      [ACTION_IDS.addSave, 'draft42'],
      [ACTION_IDS.addEdit, 'draft42'],
    ]);
  });

  it('says the text is too long to edit here rather than silently cutting it', () => {
    const form = addPostingForm({ text: 'x'.repeat(ADD_FORM_TEXT_MAX + 1) });
    expect(visibleText(form.blocks)).toContain(TEXT_TOO_LONG_TO_EDIT.slice(0, 40));
    expect(JSON.stringify(form)).not.toContain('initial_value');
  });

  it('names the known posting and how to see it when a draft repeats one', () => {
    const text = visibleText(duplicateMessage(makePosting({ id: 'abcd1234' })).blocks);
    expect(text).toContain('*Senior Backend Engineer* at Acme (`abcd1234`)');
    expect(text).toContain('`/roles abcd1234`');
  });
});
