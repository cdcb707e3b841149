import { describe, expect, it } from 'vitest';
import { stripBotMention } from '../../src/slack/strip-mention.ts';

describe('stripBotMention', () => {
  it('removes the bot mention and the punctuation after it', () => {
    expect(stripBotMention('<@UBOT>: which roles are remote?', 'UBOT')).toBe('which roles are remote?');
  });

  it('removes a labelled mention and a mention in the middle', () => {
    expect(stripBotMention('hey <@UBOT|roles> what pays   best', 'UBOT')).toBe('hey what pays best');
  });

  it("keeps other people's mentions", () => {
    expect(stripBotMention('<@UBOT> roles for <@U0BOB>', 'UBOT')).toBe('roles for <@U0BOB>');
  });

  it('leaves the text as it is when the bot id is unknown', () => {
    expect(stripBotMention('<@UBOT> ml', undefined)).toBe('<@UBOT> ml');
  });
});
