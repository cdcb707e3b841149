import { describe, expect, it } from 'vitest';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';

const section = (text: string) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text } });

describe('blockKitLimitProblems', () => {
  it('accepts a small, valid message', () => {
    expect(blockKitLimitProblems({ text: 'hi', blocks: [section('hello')] })).toEqual([]);
  });

  it('flags more than 50 blocks in a message but allows 100 in a view', () => {
    const blocks = Array.from({ length: 51 }, () => section('x'));
    expect(blockKitLimitProblems({ text: 'x', blocks })).toEqual(['51 blocks, limit 50']);
    expect(blockKitLimitProblems({ type: 'home', blocks })).toEqual([]);
    const tooMany = Array.from({ length: 101 }, () => section('x'));
    expect(blockKitLimitProblems({ type: 'home', blocks: tooMany })).toEqual(['101 blocks, limit 100']);
  });

  it('flags a fallback text of 4000 characters or more', () => {
    expect(blockKitLimitProblems({ text: 'x'.repeat(4000), blocks: [] })).toEqual([
      'message text is 4000 characters, limit 3999',
    ]);
  });

  it('flags long section text, too many fields and long fields', () => {
    const fields = Array.from({ length: 11 }, (_, i) => ({
      type: 'mrkdwn' as const,
      text: i === 0 ? 'y'.repeat(2001) : 'y',
    }));
    const problems = blockKitLimitProblems({
      blocks: [section('x'.repeat(3001)), { type: 'section', fields }],
    });
    expect(problems).toEqual([
      'blocks[0] (section) text is 3001 characters, limit 3000',
      'blocks[1] (section) has 11 fields, limit 10',
      'blocks[1] (section) fields[0] is 2001 characters, limit 2000',
    ]);
  });

  it('flags long headers, crowded context and actions blocks, and oversized buttons', () => {
    const button = (text: string, value: string, actionId: string) => ({
      type: 'button' as const,
      text: { type: 'plain_text' as const, text },
      value,
      action_id: actionId,
    });
    const problems = blockKitLimitProblems({
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        {
          type: 'context',
          elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'c' })),
        },
        {
          type: 'actions',
          block_id: 'b'.repeat(256),
          elements: [button('t'.repeat(76), 'v'.repeat(2001), 'a'.repeat(256)), button('ok', 'ok', 'same')],
        },
        { type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button('b', 'v', `id${i}`)) },
      ],
    });
    expect(problems).toEqual([
      'blocks[0] (header) text is 151 characters, limit 150',
      'blocks[1] (context) has 11 elements, allowed 1 to 10',
      `blocks[2] (actions) block_id is 256 characters, limit 255`,
      'blocks[2] (actions) elements[0] action_id is 256 characters, limit 255',
      'blocks[2] (actions) elements[0] button text is 76 characters, limit 75',
      'blocks[2] (actions) elements[0] button value is 2001 characters, limit 2000',
      'blocks[3] (actions) has 26 elements, allowed 1 to 25',
    ]);
  });

  it('flags a modal title over 24 characters', () => {
    expect(
      blockKitLimitProblems({
        type: 'modal',
        title: { type: 'plain_text', text: 'A title that is far too long' },
        blocks: [],
      }),
    ).toEqual(['view title is 28 characters, limit 24']);
  });

  it('flags empty text objects and ids Slack would reject as duplicates', () => {
    const button = {
      type: 'button' as const,
      text: { type: 'plain_text' as const, text: 'Go' },
      action_id: 'go',
    };
    expect(
      blockKitLimitProblems({
        blocks: [
          { ...section(''), block_id: 'one' },
          { type: 'actions', block_id: 'one', elements: [button, button] },
        ],
      }),
    ).toEqual([
      'blocks[0] (section) text is empty',
      'blocks[1] (actions) block_id "one" is used twice',
      'blocks[1] (actions) elements[1] action_id "go" is used twice in one block',
    ]);
  });
});
