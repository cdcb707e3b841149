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

describe('parsePostingFile on a page whose visible text is thinner than its JSON-LD', () => {
  const description =
    '<p>Pellucid is the search engine inside 4,000 online stores.</p><h3>What you will do</h3><ul><li>Train learning-to-rank models in PyTorch</li><li>Run online A/B tests with our merchants</li></ul><h3>What you bring</h3><ul><li>3+ years building ranking systems in Python</li></ul><p>We work from our Vancouver office on Mondays and Thursdays, and from home the rest of the week.</p>';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Machine Learning Engineer, Search Ranking',
    description,
    datePosted: '2026-10-19T09:00:00-07:00',
    validThrough: '2026-12-31T23:59:59-08:00',
    employmentType: ['FULL_TIME'],
    hiringOrganization: { '@type': 'Organization', name: 'Pellucid Search Inc.' },
    jobLocation: {
      '@type': 'Place',
      address: { addressLocality: 'Vancouver', addressRegion: 'BC', addressCountry: 'CA' },
    },
    url: 'https://jobs.pellucid.example/ml-ranking',
  };
  const page = (body: string, ld: object = jsonLd) =>
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`;

  it('reads the description when a client-rendered board saved only the <h1>', () => {
    const [posting] = postingsOf(
      parse('ml.html', page('<div id="__next"><h1>Machine Learning Engineer, Search Ranking</h1></div>')),
    );
    expect(posting?.title).toBe('Machine Learning Engineer, Search Ranking');
    expect(posting?.company).toBe('Pellucid Search Inc.');
    expect(posting?.sections.responsibilities).toEqual([
      'Train learning-to-rank models in PyTorch',
      'Run online A/B tests with our merchants',
    ]);
    expect(posting?.sections.qualifications).toEqual(['3+ years building ranking systems in Python']);
    expect(posting?.skills).toEqual(expect.arrayContaining(['PyTorch', 'Python']));
    expect(posting?.summary).not.toBe('');
    expect(posting?.workplace).toBe('hybrid');
    expect(posting?.employmentType).toBe('full-time');
    expect(posting?.postedAt).toBe('2026-10-19');
    expect(posting?.validThrough).toBe('2026-12-31');
    expect(posting?.locations).toMatchObject([{ city: 'Vancouver', country: 'CA' }]);
    expect(posting?.source.url).toBe('https://jobs.pellucid.example/ml-ranking');
  });

  it('keeps facts only the visible text states, and does not repeat the description it already shows', () => {
    const shown =
      '<h1>Machine Learning Engineer, Search Ranking</h1><p>Posted 3 days ago</p><p>Pellucid is the search engine inside 4,000 online stores.</p><h3>What you will do</h3><ul><li>Train learning-to-rank models in PyTorch</li><li>Run online A/B tests with our merchants</li></ul><h3>What you bring</h3><ul><li>3+ years building ranking systems in Python</li></ul><p>We work from our Vancouver office on Mondays and Thursdays, and from home the rest of the week.</p>';
    const [posting] = postingsOf(parse('ml.html', page(shown, { ...jsonLd, datePosted: undefined })));
    expect(posting?.postedAt).toBe('2026-11-17');
    expect(posting?.sections.responsibilities).toHaveLength(2);
    expect(posting?.text.match(/Train learning-to-rank/g)).toHaveLength(1);
  });

  it('adds the description once when the page shows only its start', () => {
    const start =
      '<h1>Machine Learning Engineer, Search Ranking</h1><p>Posted 3 days ago</p><p>Pellucid is the search engine inside 4,000 online stores.</p><a>Show more</a>';
    const [posting] = postingsOf(parse('ml.html', page(start, { ...jsonLd, datePosted: undefined })));
    expect(posting?.postedAt).toBe('2026-11-17');
    expect(posting?.sections.qualifications).toEqual(['3+ years building ranking systems in Python']);
    expect(posting?.text.match(/inside 4,000 online stores/g)).toHaveLength(1);
  });

  it('reads a description whose HTML was escaped once more, and a remote JobPosting', () => {
    const escaped = description.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const remote = {
      ...jsonLd,
      description: escaped,
      jobLocation: undefined,
      jobLocationType: 'TELECOMMUTE',
    };
    const [posting] = postingsOf(parse('ml.html', page('<h1>Machine Learning Engineer</h1>', remote)));
    expect(posting?.text).not.toMatch(/<|&lt;/);
    expect(posting?.sections.qualifications).toEqual(['3+ years building ranking systems in Python']);
    expect(posting?.workplace).toBe('remote');
  });
});

describe('parsePostingFile on a deeply nested page', () => {
  it('parses 180,000 nested <div>s (1.9 MB) in linear time', () => {
    const depth = 180_000;
    const html = `<html><body><h1>Platform Engineer</h1><p>Acme builds ledgers.</p>${'<div>'.repeat(depth)}<p>Deep text</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(html.length).toBeGreaterThan(1_900_000);
    const [posting] = postingsOf(parse('deep.html', html));
    expect(posting?.title).toBe('Platform Engineer');
    expect(posting?.text).toContain('Deep text');
  }, 10_000);
});

describe("parsePostingFile weighs a JSON-LD hiringOrganization with the page's own evidence", () => {
  const jobPosting = (organisation: unknown) => ({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Dental Office Manager',
    hiringOrganization: organisation,
    jobLocation: {
      '@type': 'Place',
      address: { addressLocality: 'Portland', addressRegion: 'ME', addressCountry: 'US' },
    },
    description: '<p>Lead the front desk of a four-chair practice.</p>',
  });
  const page = (organisation: unknown, body: string) =>
    `<html><head><script type="application/ld+json">${JSON.stringify(jobPosting(organisation))}</script></head><body>${body}</body></html>`;
  const visible =
    '<h1>Dental Office Manager</h1><p>Casco Bay Family Dental</p><p>Portland, ME</p><p>Casco Bay Family Dental is a four-chair practice on Commercial Street. You will lead our front desk and billing team.</p>';

  it('takes the JSON-LD employer when the visible text names none', () => {
    const [posting] = postingsOf(
      parse(
        'a.html',
        page(
          { name: 'Harbour Smiles Dental' },
          '<h1>Dental Office Manager</h1><p>You will lead our front desk.</p>',
        ),
      ),
    );
    expect(posting?.company).toBe('Harbour Smiles Dental');
  });

  it('vetoes a board, "Confidential", "Company" or a blank name and keeps the text\'s employer', () => {
    for (const organisation of [
      { name: 'Glassdoor' },
      { name: 'Confidential' },
      { name: 'Company' },
      { name: '  ' },
      { '@type': 'Organization', name: 'Indeed, Inc.' },
    ]) {
      const [posting] = postingsOf(parse('b.html', page(organisation, visible)));
      expect(posting?.company, JSON.stringify(organisation)).toBe('Casco Bay Family Dental');
    }
  });

  it('gives no company when the only name offered is a placeholder', () => {
    const [posting] = postingsOf(
      parse(
        'c.html',
        page({ name: 'Confidential' }, '<h1>Dental Office Manager</h1><p>You will lead our front desk.</p>'),
      ),
    );
    expect(posting?.company).toBeNull();
  });
});

describe('parsePostingFile reads the employer a saved page names outside its text', () => {
  const careersPage = (head: string, body: string) =>
    `<html><head>${head}</head><body><main><h1>Payroll Specialist</h1><p>Boise, ID</p>${body}</main></body></html>`;
  const body = '<p>You will process bi-weekly payroll for 420 employees and answer questions about pay.</p>';

  it('takes the company from the page title after the job title ("… | Sawtooth Credit Union")', () => {
    const [posting] = postingsOf(
      parse(
        'a.html',
        careersPage('<title>Careers – Payroll Specialist | Sawtooth Credit Union</title>', body),
      ),
    );
    expect(posting?.company).toBe('Sawtooth Credit Union');
  });

  it('reads "Acme Careers" in a title as Acme, and never a board\'s own title suffix', () => {
    const [careers] = postingsOf(
      parse('b.html', careersPage('<title>Payroll Specialist - Lakeshore Mutual Careers</title>', body)),
    );
    expect(careers?.company).toBe('Lakeshore Mutual');
    const [board] = postingsOf(
      parse('c.html', careersPage('<title>Payroll Specialist - Boise, ID - Indeed.com</title>', body)),
    );
    expect(board?.company).toBeNull();
  });
});
