import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELLIPSIS,
  escapeMrkdwn,
  mrkdwnText,
  plainText,
  safeLink,
  truncateMrkdwn,
  truncateText,
} from '../../../src/render/slack/mrkdwn.ts';

function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe('escapeMrkdwn', () => {
  it('escapes ampersands and angle brackets so mentions and links cannot be forged', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://evil.example|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt;',
    );
  });

  it('escapes an already escaped entity again so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it('leaves every other character alone', () => {
    expect(escapeMrkdwn('*bold* _it_ ~s~ `c` @here #general 😀 "q"')).toBe(
      '*bold* _it_ ~s~ `c` @here #general 😀 "q"',
    );
  });
});

describe('truncateText', () => {
  it('keeps text that fits', () => {
    expect(truncateText('Spotify', 7)).toBe('Spotify');
  });

  it('cuts long text to the limit and ends it with an ellipsis', () => {
    const cut = truncateText('Machine Learning Engineer', 10);
    expect(cut).toBe(`Machine${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });

  it('never leaves half an emoji behind and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 0, max: 80 }),
        (text, limit) => {
          const cut = truncateText(text, limit);
          expect(cut.length).toBeLessThanOrEqual(limit);
          expect(hasLoneSurrogate(cut)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('truncateMrkdwn', () => {
  it('does not cut an escaped entity in half', () => {
    const cut = truncateMrkdwn('AT&amp;T builds networks', 6);
    expect(cut).toBe(`AT${ELLIPSIS}`);
  });

  it('does not cut our own link in half', () => {
    const cut = truncateMrkdwn('See <https://example.com/job|the posting> now', 20);
    expect(cut).toBe(`See${ELLIPSIS}`);
  });

  it('never exceeds the limit nor leaves a lone surrogate on escaped input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 0, max: 80 }),
        (text, limit) => {
          const cut = truncateMrkdwn(escapeMrkdwn(text), limit);
          expect(cut.length).toBeLessThanOrEqual(limit);
          expect(hasLoneSurrogate(cut)).toBe(false);
          expect(cut).not.toMatch(/&[a-z]{0,3}…$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('text objects', () => {
  it('marks every mrkdwn object verbatim so bare @here and #channel are not auto-linked', () => {
    expect(mrkdwnText('@here', 100)).toEqual({ type: 'mrkdwn', text: '@here', verbatim: true });
  });

  it('never sends an empty text object, which Slack rejects', () => {
    expect(mrkdwnText('', 100).text).not.toBe('');
    expect(plainText('   ', 100).text.trim()).not.toBe('');
  });

  it('flattens plain text to one line and cuts it to the limit', () => {
    expect(plainText('Senior\n  Engineer', 100).text).toBe('Senior Engineer');
    expect(plainText('x'.repeat(200), 150).text).toHaveLength(150);
  });
});

describe('safeLink', () => {
  it('links http and https URLs with an escaped label', () => {
    expect(safeLink('https://jobs.example/1?a=1&b=2', 'Apply <here>')).toBe(
      '<https://jobs.example/1?a=1&amp;b=2|Apply &lt;here&gt;>',
    );
  });

  it('refuses other schemes and malformed URLs', () => {
    expect(safeLink('javascript:alert(1)', 'x')).toBeNull();
    expect(safeLink('file:///etc/passwd', 'x')).toBeNull();
    expect(safeLink('not a url', 'x')).toBeNull();
  });

  it('keeps a URL with angle brackets from breaking out of the link', () => {
    const link = safeLink('https://example.com/<!channel>', 'x');
    expect(link).not.toContain('<!');
    expect(link).toMatch(/^<https:\/\/example\.com\/[^<>|]*\|x>$/);
  });
});
