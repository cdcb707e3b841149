import { describe, expect, it } from 'vitest';
import { slackMessageToText } from '../../src/intake/slack-message-text.ts';

describe('slackMessageToText', () => {
  it('turns Slack’s encoding back into the words a person wrote', () => {
    expect(slackMessageToText('R&amp;D lead &lt;remote&gt;')).toBe('R&D lead <remote>');
  });

  it('keeps links, with their labels', () => {
    expect(
      slackMessageToText('Apply: <https://jobs.example.com/42|jobs page> or <https://x.example/a>'),
    ).toBe('Apply: jobs page (https://jobs.example.com/42) or https://x.example/a');
    expect(slackMessageToText('<https://x.example/a|https://x.example/a>')).toBe('https://x.example/a');
  });

  it('drops mentions without labels and keeps the names of labelled ones', () => {
    expect(slackMessageToText('<@U123> found this in <#C123|jobs> <!here>')).toBe(' found this in jobs ');
    expect(slackMessageToText('mail <mailto:jobs@example.com|jobs@example.com>')).toBe(
      'mail jobs@example.com',
    );
  });
});
