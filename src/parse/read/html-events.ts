import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * Open, close and text events for an HTML page, in linear time however deeply it nests.
 *
 * htmlparser2's `Parser` keeps its open elements with the newest first (`unshift`/`shift`), which costs the
 * whole depth on every tag: a page of 180,000 nested `<div>`s took 13 s. This reads the same tokens from its
 * `Tokenizer` and keeps the open elements newest last, with a count per name, so that a closing tag that
 * matches nothing is rejected at once and one that matches pops only what it closes (each element is popped
 * once). The tree-building rules are the ones a browser applies that change where text breaks: a `<p>`,
 * `<li>`, `<dt>`/`<dd>`, heading, table cell or row closes the open one it cannot sit inside; void elements
 * never open; `</p>` with no open `<p>` is an empty paragraph and `</br>` a line break.
 */

export interface HtmlEvents {
  onopentag(name: string, attributes: Readonly<Record<string, string>>): void;
  ontext(text: string): void;
  onclosetag(name: string): void;
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DEFINITION = new Set(['dd', 'dt']);
const RUBY = new Set(['rt', 'rp']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);

/** Opening the key closes the open elements named in its value while they are the innermost. */
const OPEN_CLOSES = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['select', FORM_CONTROLS],
  ['input', FORM_CONTROLS],
  ['output', FORM_CONTROLS],
  ['button', FORM_CONTROLS],
  ['datalist', FORM_CONTROLS],
  ['textarea', FORM_CONTROLS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DEFINITION],
  ['dt', DEFINITION],
  ['rt', RUBY],
  ['rp', RUBY],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name): [string, ReadonlySet<string>] => [name, P]),
]);

/** Elements whose content is SVG or MathML, where `<x/>` closes itself and `<title>` is not raw text. */
const FOREIGN = new Set(['svg', 'math']);

/** Attributes are kept only for the tags a reader asks for, so a page of attributes costs nothing extra. */
export function readHtmlEvents(
  html: string,
  events: HtmlEvents,
  attributeTags: ReadonlySet<string> = new Set(),
): void {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let foreignDepth = 0;
  let tagName = '';
  let attributes: Record<string, string> | null = null;
  let attributeName = '';
  let attributeValue = '';

  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreignDepth++;
  };
  const pop = () => {
    const name = stack.pop();
    if (name === undefined) return;
    open.set(name, (open.get(name) ?? 1) - 1);
    if (FOREIGN.has(name)) foreignDepth--;
    events.onclosetag(name);
  };
  const openTag = (name: string) => {
    tagName = name;
    // A second <form> inside a form is ignored, as browsers do.
    if (name === 'form' && (open.get('form') ?? 0) > 0) {
      tagName = '';
      return;
    }
    const closes = OPEN_CLOSES.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    if (!VOID.has(name)) push(name);
    attributes = attributeTags.has(name) ? {} : null;
  };
  const endOpenTag = () => {
    if (tagName === '') return;
    events.onopentag(tagName, attributes ?? {});
    if (VOID.has(tagName)) events.onclosetag(tagName);
    attributes = null;
    tagName = '';
  };
  const slice = (start: number, end: number) => html.slice(start, end);

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      const name = slice(start, end).toLowerCase();
      openTag(name === 'image' && foreignDepth === 0 ? 'img' : name);
    },
    onattribname(start, end) {
      if (attributes !== null) attributeName = slice(start, end).toLowerCase();
    },
    onattribdata(start, end) {
      if (attributes !== null) attributeValue += slice(start, end);
    },
    onattribentity(codePoint) {
      if (attributes !== null) attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend() {
      if (attributes !== null && !Object.hasOwn(attributes, attributeName))
        attributes[attributeName] = attributeValue;
      attributeValue = '';
    },
    onopentagend() {
      endOpenTag();
    },
    onselfclosingtag() {
      const name = tagName;
      const selfClosing = foreignDepth > 0;
      endOpenTag();
      if (selfClosing && stack[stack.length - 1] === name) pop();
    },
    onclosetag(start, end) {
      const name = slice(start, end).toLowerCase();
      if (VOID.has(name)) {
        if (name === 'br') {
          events.onopentag('br', {});
          events.onclosetag('br');
        }
        return;
      }
      if ((open.get(name) ?? 0) > 0) {
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      } else if (name === 'p') {
        openTag('p');
        endOpenTag();
        pop();
      }
    },
    ontext(start, end) {
      if (end > start) events.ontext(slice(start, end));
    },
    ontextentity(codePoint) {
      events.ontext(String.fromCodePoint(codePoint));
    },
    oncdata(start, end, offset) {
      if (foreignDepth > 0) events.ontext(slice(start, end - offset));
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) pop();
    },
    isInForeignContext: () => foreignDepth > 0,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
