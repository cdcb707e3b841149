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
