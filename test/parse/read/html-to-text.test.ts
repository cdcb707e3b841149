import { describe, expect, it } from 'vitest';
import { htmlFragmentToText, readHtml } from '../../../src/parse/read/html-to-text.ts';

describe('readHtml', () => {
  it('puts each block on its own line and list items as bullets', () => {
    expect(
      readHtml('<h1>Data Engineer</h1><p>We build <b>pipelines</b>.</p><ul><li>Python</li><li>SQL</li></ul>')
        .text,
    ).toBe('Data Engineer\n\nWe build pipelines.\n\n- Python\n\n- SQL');
  });

  it('drops scripts, styles, navigation, forms and the site header and footer', () => {
    const { text } = readHtml(
      '<header>Site</header><nav>Menu</nav><script>var x = 1;</script><style>p{}</style><p>Role</p><form>Name</form><footer>©</footer>',
    );
    expect(text).toBe('Role');
  });

  it('keeps a header inside the article, where the title lives', () => {
    expect(readHtml('<article><header><h1>Backend Engineer</h1></header><p>Role</p></article>').text).toBe(
      'Backend Engineer\n\nRole',
    );
  });

  it('keeps facts laid out side by side apart', () => {
    expect(readHtml('<div>\n  <span>Amsterdam</span>\n  <span>Hybrid</span>\n</div>').text).toBe(
      'Amsterdam · Hybrid',
    );
  });

  it('collects JSON-LD blocks and the canonical URL, and skips a broken block', () => {
    const page = readHtml(
      '<head><link rel="canonical" href="https://acme.example/jobs/1"><script type="application/ld+json">{"@type":"JobPosting","title":"SRE"}</script><script type="application/ld+json">{broken</script></head><body>x</body>',
    );
    expect(page.jsonLd).toEqual([{ '@type': 'JobPosting', title: 'SRE' }]);
    expect(page.url).toBe('https://acme.example/jobs/1');
  });

  it('breaks a line at <br> without starting a new paragraph', () => {
    expect(readHtml('<p>Berlin<br>Full-time</p>').text).toBe('Berlin\nFull-time');
  });

  it('decodes entities', () => {
    expect(readHtml('<p>R&amp;D &ndash; 5&nbsp;days</p>').text).toBe('R&D – 5 days');
  });
});

describe('htmlFragmentToText', () => {
  it('returns plain text unchanged and reads HTML', () => {
    expect(htmlFragmentToText('Plain description')).toBe('Plain description');
    expect(htmlFragmentToText('<p>One</p><p>Two</p>')).toBe('One\n\nTwo');
  });
});

describe('deeply nested pages', () => {
  const depth = 200_000;

  // Before the reader kept its own stack, 180,000 nested <div>s took 13 s: every tag cost the whole depth.
  it('reads 200,000 nested elements, closed, left open or closed by strays, in linear time', () => {
    const inner = '<h1>Platform Engineer</h1><p>Acme &amp; Co</p>';
    const closed = readHtml(`<body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body>`);
    expect(closed.text).toBe('Platform Engineer\n\nAcme & Co');
    const open = readHtml(`<body>${'<div><span>'.repeat(depth)}${inner}</body>`);
    expect(open.text).toBe('Platform Engineer\n\nAcme & Co');
    const strays = readHtml(`${'<div>'.repeat(depth)}${inner}${'</span></li>'.repeat(depth)}`);
    expect(strays.text).toBe('Platform Engineer\n\nAcme & Co');
  }, 10_000);

  it('keeps text that follows a deep subtree', () => {
    const html = `${'<section>'.repeat(depth)}<p>Inside</p>${'</section>'.repeat(depth)}<p>After</p>`;
    expect(readHtml(html).text).toBe('Inside\n\nAfter');
  }, 10_000);
});
