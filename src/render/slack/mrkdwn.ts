import type { MrkdwnElement, PlainTextElement } from '@slack/types';

/**
 * Text-object helpers. Every piece of text that came from a posting or a person passes through here,
 * so the safety rules from SLACK.md live in one place.
 */

export const ELLIPSIS = '…';

/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, and nothing else:
 * that is what stops `<!channel>`, `<@U…>` and forged `<url|label>` links in untrusted text.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The first half of a surrogate pair: a cut right after it would leave a lone half. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Words read better whole: back up to a space when one is near the cut. */
function atWordBoundary(text: string, end: number): number {
  const space = text.lastIndexOf(' ', end);
  return space > 0 && end - space <= 20 ? space : end;
}

/**
 * Cuts `text` to at most `limit` UTF-16 units (Slack's limits are measured at least that strictly),
 * ending in an ellipsis when cut, and never splitting a surrogate pair into a lone half.
 */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 0) return '';
  if (limit === 1) return ELLIPSIS;
  let end = atWordBoundary(text, limit - ELLIPSIS.length);
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Like `truncateText` for text that is already mrkdwn: besides surrogate pairs it never cuts inside an
 * entity such as `&amp;` (which would show as stray characters) nor inside one of our own `<url|label>`
 * links or `<@U…>` mentions (untrusted `<` is escaped, so any `<` left is ours).
 */
export function truncateMrkdwn(mrkdwn: string, limit: number): string {
  if (mrkdwn.length <= limit) return mrkdwn;
  if (limit <= 0) return '';
  if (limit === 1) return ELLIPSIS;
  let end = atWordBoundary(mrkdwn, limit - ELLIPSIS.length);
  if (isHighSurrogate(mrkdwn.charCodeAt(end - 1))) end -= 1;
  const head = mrkdwn.slice(0, end);
  const openEntity = head.lastIndexOf('&');
  if (openEntity !== -1 && !head.includes(';', openEntity)) end = openEntity;
  const openLink = head.lastIndexOf('<');
  if (openLink !== -1 && !head.includes('>', openLink)) end = Math.min(end, openLink);
  return `${mrkdwn.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** Slack rejects empty text objects; a dash keeps a block valid when a field has nothing to show. */
function nonEmpty(text: string): string {
  return text.trim() === '' ? '—' : text;
}

/**
 * A mrkdwn text object. `verbatim: true` is always set: without it Slack auto-links bare `@here`,
 * `@channel` and `#channel` even after escaping. The text must already be mrkdwn (escape untrusted parts
 * with `escapeMrkdwn`); it is cut to `limit`.
 */
export function mrkdwnText(mrkdwn: string, limit: number): MrkdwnElement {
  return { type: 'mrkdwn', text: nonEmpty(truncateMrkdwn(mrkdwn, limit)), verbatim: true };
}

/** Plain text (shown as typed, never parsed for mentions), cut to `limit`. */
export function plainText(text: string, limit: number): PlainTextElement {
  return { type: 'plain_text', text: nonEmpty(truncateText(text.replace(/\s+/g, ' ').trim(), limit)) };
}

/** `*bold*` around untrusted text, with the text escaped and flattened to one line. */
export function bold(text: string): string {
  const flat = escapeMrkdwn(text.replace(/\s+/g, ' ').trim());
  return flat === '' ? '' : `*${flat}*`;
}

/** A link only when the URL is http(s) and has no characters that could break out of `<url|label>`. */
export function safeLink(url: string, label: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href;
  if (/[<>|\s]/.test(href)) return null;
  // Slack reads `&amp;` inside a link as `&`, and a bare `&` could start an entity.
  return `<${href.replace(/&/g, '&amp;')}|${escapeMrkdwn(label.replace(/\|/g, '/'))}>`;
}
