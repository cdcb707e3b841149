import { describe, expect, it } from 'vitest';
import { Posting } from '../../src/model/posting.ts';
import { type ParseOutcome, parsePostingFile, REASONS } from '../../src/parse/parse-posting.ts';

const SAVED = new Date('2026-11-20T12:00:00Z');

function parse(path: string, content: string): ParseOutcome {
  return parsePostingFile({ path, content, modifiedAt: SAVED });
}

function postingsOf(outcome: ParseOutcome): Posting[] {
  if (!outcome.ok) throw new Error(outcome.reason);
  for (const posting of outcome.postings) expect(Posting.safeParse(posting).success).toBe(true);
  return outcome.postings;
}

const TEXT_POSTING = [
  'Senior Data Engineer',
  'Acme Freight',
  '',
  'Acme Freight builds routing software. Acme Freight is growing fast.',
  '',
  'Responsibilities',
  '- Build streaming pipelines in Python and Kafka',
  '',
  'Requirements',
  '- 5+ years of SQL',
].join('\n');

describe('parsePostingFile refuses what is not a posting, with a reason a person can act on', () => {
  it('an empty file', () => {
    expect(parse('empty.txt', '  \n ')).toEqual({ ok: false, reason: REASONS.empty });
  });

  it('a binary file', () => {
    expect(parse('image.txt', 'PNG\u0000\u0001\u0002')).toEqual({ ok: false, reason: REASONS.binary });
  });

  it('text that was not UTF-8', () => {
    expect(parse('latin1.txt', 'Senior Engineer at M\uFFFDnchen')).toEqual({
      ok: false,
      reason: REASONS.notUtf8,
    });
  });

  it('a file type it does not read', () => {
    const outcome = parse('posting.pdf', TEXT_POSTING);
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok) expect(outcome.reason).toMatch(/unsupported file type "\.pdf"/);
  });

  it('text that names no role', () => {
    expect(parse('note.txt', 'Remember to buy milk.')).toEqual({ ok: false, reason: REASONS.noTitle });
  });

  it('broken JSON, on one line', () => {
    const outcome = parse('broken.json', '{"title": \n');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toMatch(/^invalid JSON/);
      expect(outcome.reason).not.toMatch(/\n/);
    }
  });

  it('JSON that holds no JobPosting', () => {
    expect(parse('other.json', '{"@type": "Organization", "name": "Acme"}')).toEqual({
      ok: false,
      reason: REASONS.noJobPosting,
    });
  });
});

describe('parsePostingFile on text and Markdown', () => {
  it('reads title, company, sections and skills from a copied page', () => {
    const [posting] = postingsOf(parse('acme.txt', TEXT_POSTING));
    expect(posting).toMatchObject({
      title: 'Senior Data Engineer',
      company: 'Acme Freight',
      seniority: 'senior',
      source: { path: 'acme.txt' },
      sources: [{ path: 'acme.txt' }],
      truncated: false,
    });
    expect(posting!.sections.responsibilities).toEqual(['Build streaming pipelines in Python and Kafka']);
    expect(posting!.sections.qualifications).toEqual(['5+ years of SQL']);
    expect(posting!.skills).toEqual(['Python', 'Kafka', 'SQL']);
  });

  it('reads Markdown the same way as text', () => {
    const markdown = TEXT_POSTING.replace('Senior Data Engineer', '# Senior Data Engineer').replace(
      'Responsibilities',
      '## Responsibilities',
    );
    const [fromMarkdown] = postingsOf(parse('acme.md', markdown));
    const [fromText] = postingsOf(parse('acme.txt', TEXT_POSTING));
    expect(fromMarkdown!.id).toBe(fromText!.id);
    expect(fromMarkdown!.sections).toEqual(fromText!.sections);
  });

  it('gives the same id whatever the file is called', () => {
    const [a] = postingsOf(parse('one/acme.txt', TEXT_POSTING));
    const [b] = postingsOf(parse('two/copy.txt', TEXT_POSTING));
    expect(a!.id).toBe(b!.id);
    expect(a!.id).toMatch(/^[a-z0-9]{8}$/);
  });
});

describe('parsePostingFile on HTML', () => {
  const page = `<!doctype html><html><head><title>Jobs</title><style>p { color: red }</style>
    <script>var salary = "$999k";</script></head><body>
    <nav><a href="/">Home</a> <a href="/jobs">Jobs at Other Co</a></nav>
    <header>Northwind careers site</header>
    <main><h1>Backend Engineer</h1>
    <p>Northwind Ledger builds accounting software. Northwind Ledger is hiring.</p>
    <h2>What you'll do</h2><ul><li>Build services in Go</li><li>Own PostgreSQL schemas</li></ul></main>
    <form><label>First Name</label><input name="first"></form>
    <footer>© 2026 Northwind</footer></body></html>`;

  it('reads the visible text and drops scripts, styles, navigation, header, footer and forms', () => {
    const [posting] = postingsOf(parse('northwind.html', page));
    expect(posting!.title).toBe('Backend Engineer');
    expect(posting!.company).toBe('Northwind Ledger');
    expect(posting!.sections.responsibilities).toEqual(['Build services in Go', 'Own PostgreSQL schemas']);
    expect(posting!.text).not.toMatch(/\$999k|Other Co|careers site|First Name|© 2026/);
  });

  it('prefers a JSON-LD JobPosting and keeps what only the visible text says', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Site Reliability Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Harbour Cloud' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Dublin', addressCountry: 'IE' } },
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-02',
      description: '<p>Keep our platform up.</p>',
      url: 'https://boards.greenhouse.io/harbour/jobs/1',
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
      <body><h1>Site Reliability Engineer</h1><p class="meta">Dublin, Ireland · Hybrid · Full-time</p>
      <p>Keep our platform up with Terraform.</p></body></html>`;
    const [posting] = postingsOf(parse('harbour.htm', html));
    expect(posting).toMatchObject({
      title: 'Site Reliability Engineer',
      company: 'Harbour Cloud',
      locations: [{ city: 'Dublin', region: null, country: 'IE' }],
      workplace: 'hybrid',
      employmentType: 'full-time',
      postedAt: '2026-11-02',
      source: { board: 'greenhouse', url: 'https://boards.greenhouse.io/harbour/jobs/1' },
    });
    expect(posting!.skills).toContain('Terraform');
  });
});

describe('parsePostingFile on JSON', () => {
  const jobPosting = {
    '@type': 'JobPosting',
    title: 'Principal Data Engineer',
    hiringOrganization: { name: 'Harrowgate Foods' },
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: { '@type': 'Country', name: 'GB' },
    baseSalary: { currency: 'GBP', value: { minValue: 95000, maxValue: 115000, unitText: 'YEAR' } },
    employmentType: ['FULL_TIME'],
    datePosted: '2026-11-05T09:00:00Z',
    description:
      '<p>Lead our data platform.</p><p><strong>What you will do</strong></p><ul><li>Design it on Azure</li></ul>',
  };

  it('reads a JobPosting object with schema.org field names', () => {
    const [posting] = postingsOf(parse('job.json', JSON.stringify(jobPosting)));
    expect(posting).toMatchObject({
      title: 'Principal Data Engineer',
      company: 'Harrowgate Foods',
      workplace: 'remote',
      locations: [{ city: null, region: null, country: 'GB' }],
      salary: { min: 95_000, max: 115_000, currency: 'GBP', period: 'year' },
      employmentType: 'full-time',
      seniority: 'principal',
      postedAt: '2026-11-05',
    });
    expect(posting!.sections.responsibilities).toEqual(['Design it on Azure']);
    expect(posting!.text).not.toMatch(/<p>|<li>/);
  });

  it('reads an array of postings, and a JSON-LD @graph', () => {
    const second = { ...jobPosting, title: 'Junior Data Analyst', jobLocationType: undefined };
    expect(postingsOf(parse('jobs.json', JSON.stringify([jobPosting, second]))).map((p) => p.title)).toEqual([
      'Principal Data Engineer',
      'Junior Data Analyst',
    ]);
    expect(postingsOf(parse('graph.json', JSON.stringify({ '@graph': [jobPosting] })))).toHaveLength(1);
  });

  it('skips a salary it cannot trust rather than failing the posting', () => {
    const odd = {
      ...jobPosting,
      baseSalary: { currency: 'GBP', value: { minValue: 9, maxValue: 1, unitText: 'YEAR' } },
    };
    const [posting] = postingsOf(parse('odd.json', JSON.stringify(odd)));
    expect(posting!.salary).toBeNull();
  });
});
