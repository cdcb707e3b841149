import { decodeEntities } from '../clean/normalise-text.ts';
import { readHtmlEvents } from './html-events.ts';

/**
 * Reads a saved HTML page: its schema.org JSON-LD blocks, its own URL, and its visible text with one block
 * element per line. Scripts, styles and the page's navigation, header, footer and forms are dropped.
 */

export interface HtmlPage {
  /** Visible text, one block per line, list items as "- " bullets. */
  text: string;
  /** Parsed JSON-LD values, in page order; blocks that are not valid JSON are skipped. */
  jsonLd: unknown[];
  /** The page's canonical or og:url address, when it states one. */
  url: string | null;
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'form',
  'iframe',
  'button',
  'select',
  'option',
  'head',
  'aside',
  'dialog',
]);

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'br',
  'figure',
  'figcaption',
]);

/** The tags whose attributes the reader looks at. */
const ATTRIBUTE_TAGS = new Set(['script', 'link', 'meta']);

export function readHtml(html: string): HtmlPage {
  const jsonLd: unknown[] = [];
  let url: string | null = null;
  const parts: string[] = [];
  // The dropped element we are inside, and how many of that name are open (an <svg> may hold an <svg>).
  let skipped: string | null = null;
  let skipDepth = 0;
  // A <header> inside <article> or <main> usually holds the posting's title; only the site's own is dropped.
  let contentDepth = 0;
  const isSkipped = (name: string) =>
    SKIPPED.has(name) || ((name === 'header' || name === 'footer') && contentDepth === 0);
  let inJsonLd = false;
  let jsonLdText = '';

  readHtmlEvents(
    html,
    {
      onopentag(name, attributes) {
        if (name === 'script' && (attributes.type ?? '').toLowerCase() === 'application/ld+json') {
          inJsonLd = true;
          jsonLdText = '';
        }
        if (name === 'link' && (attributes.rel ?? '').toLowerCase() === 'canonical' && attributes.href) {
          url ??= attributes.href;
        }
        if (name === 'meta' && attributes.property === 'og:url' && attributes.content)
          url ??= attributes.content;
        if (skipped === null && isSkipped(name)) {
          skipped = name;
          skipDepth = 1;
          return;
        }
        if (skipped !== null) {
          if (name === skipped) skipDepth++;
          return;
        }
        if (name === 'article' || name === 'main') contentDepth++;
        if (BLOCKS.has(name)) parts.push('\n');
        if (name === 'li') parts.push('- ');
        if (name === 'td' || name === 'th') parts.push(' ');
      },
      ontext(text) {
        if (inJsonLd) {
          jsonLdText += text;
          return;
        }
        if (skipped !== null) return;
        // Source indentation between inline elements ("<span>Amsterdam</span>\n<span>Hybrid</span>")
        // separates facts that a browser lays out apart; keep them apart as "·"-separated parts.
        if (/^\s*\n\s*$/.test(text)) parts.push(' · ');
        else parts.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'script' && inJsonLd) {
          inJsonLd = false;
          try {
            jsonLd.push(JSON.parse(jsonLdText));
          } catch {
            // A broken JSON-LD block is common on real pages; the visible text still holds the posting.
          }
        }
        if (skipped !== null) {
          if (name === skipped && --skipDepth === 0) skipped = null;
          return;
        }
        if (name === 'article' || name === 'main') contentDepth = Math.max(0, contentDepth - 1);
        // A <br> breaks the line once; it does not end a paragraph.
        if (BLOCKS.has(name) && name !== 'br' && name !== 'hr') parts.push('\n');
      },
    },
    ATTRIBUTE_TAGS,
  );

  const text = parts
    .join('')
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/(?:\s*·\s*){2,}/g, ' · ')
        .replace(/^(?:\s*·\s*)+|(?:\s*·\s*)+$/g, '')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^- $/gm, '')
    .trim();
  return { text, jsonLd, url };
}

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
/** `&lt;p&gt;`: HTML whose markup was escaped once more, as some boards write their JSON-LD description. */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s[^<>]*?)?\/?&gt;/i;

/** The text of an HTML fragment (a JSON description field), or the string itself when it holds no tags. */
export function htmlFragmentToText(fragment: string): string {
  if (TAG.test(fragment)) return readHtml(fragment).text;
  if (ESCAPED_TAG.test(fragment)) return readHtml(decodeEntities(fragment)).text;
  return fragment;
}
