import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery, stripSlackMarkup } from '../../src/search/parse-query.ts';
import { fixtureCatalog } from '../fixtures/catalog/fixture-catalog.ts';

const parse = (text: string) => parseQuery(text, fixtureCatalog());

describe('parseQuery', () => {
  it('expands abbreviations into the phrases they stand for', () => {
    expect(parse('mle').terms[0]?.alternatives).toContain('machine learning engineer');
    expect(parse('swe').terms[0]?.alternatives).toContain('software engineer');
    expect(parse('sde').terms[0]?.alternatives).toContain('software engineer');
    expect(parse('ds').terms[0]?.alternatives).toContain('data scientist');
    expect(parse('pm').terms[0]?.alternatives).toContain('product manager');
    expect(parse('mgr').terms[0]?.alternatives).toEqual(['mgr', 'manager']);
    expect(parse('eng').terms[0]?.alternatives).toEqual(['eng', 'engineer', 'engineering']);
    expect(parse('em').terms[0]?.alternatives).toContain('engineering manager');
  });

  it('reads a multi-word phrase as one term that also finds its abbreviation', () => {
    const { terms } = parse('machine learning');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.alternatives).toContain('ml');
  });

  it('reads plurals as the singular', () => {
    expect(parse('data scientists').terms[0]?.alternatives).toContain('ds');
    expect(parse('senior managers').seniorities).toEqual(['senior']);
    expect(parse('senior managers').terms.map((term) => term.raw)).toEqual(['manager']);
  });

  it('reads seniority words and their abbreviations', () => {
    expect(parse('sr engineer').seniorities).toEqual(['senior']);
    expect(parse('snr engineer').seniorities).toEqual(['senior']);
    expect(parse('jr engineer').seniorities).toEqual(['junior']);
    expect(parse('mgr').seniorities).toEqual([]);
  });

  it('reads workplace and employment words', () => {
    expect(parse('remote engineer').workplaces).toEqual(['remote']);
    expect(parse('on-site engineer').workplaces).toEqual(['onsite']);
    expect(parse('part time data').employmentTypes).toEqual(['part-time']);
    expect(parse('contract data engineer').employmentTypes).toEqual(['contract']);
  });

  it('reads places the catalog knows, including multi-word ones', () => {
    expect(parse('engineer new york').places.map((place) => place.name)).toEqual(['New York']);
    expect(parse('north america').places[0]?.kind).toBe('region');
    expect(parse('germany').places[0]?.keys).toContain('country:DE');
  });

  it('reads two-letter words as places only when they are place words or written in capitals', () => {
    expect(parse('roles in london').places.map((place) => place.name)).toEqual(['London']);
    expect(parse('engineer DE').places).toHaveLength(1);
    expect(parse('data engineer de').places).toEqual([]);
  });

  it('reads exclusions in several forms', () => {
    const raws = (text: string) => parse(text).exclusions.map((term) => term.raw);
    expect(raws('engineer -manager')).toEqual(['manager']);
    expect(raws('engineer not manager')).toEqual(['manager']);
    expect(raws('engineer without contract')).toEqual(['contract']);
    expect(parse('engineer -manager').terms.map((term) => term.raw)).toEqual(['engineer']);
  });

  it('reads salary floors with their currency', () => {
    expect(parse('over 200k').salaryFloor).toEqual({ amount: 200_000, currency: null });
    expect(parse('>150k').salaryFloor).toEqual({ amount: 150_000, currency: null });
    expect(parse('200k+').salaryFloor).toEqual({ amount: 200_000, currency: null });
    expect(parse('at least £80k').salaryFloor).toEqual({ amount: 80_000, currency: 'GBP' });
    expect(parse('over 90,000 eur').salaryFloor).toEqual({ amount: 90_000, currency: 'EUR' });
    expect(parse('above €1.5m').salaryFloor).toEqual({ amount: 1_500_000, currency: 'EUR' });
  });

  it('does not read "c++" or "3+ years" as a salary floor', () => {
    expect(parse('c++ developer').salaryFloor).toBeNull();
    expect(parse('c++ developer').terms[0]?.raw).toBe('c++');
    expect(parse('3+ years python').salaryFloor).toBeNull();
  });

  it('recognises a company from the catalog', () => {
    expect(parse('globex payments').companies).toEqual(['Globex']);
  });

  it('drops filler words such as "roles" and "jobs"', () => {
    expect(parse('show me scala jobs').terms.map((term) => term.raw)).toEqual(['scala']);
  });

  it('cuts long input and says so', () => {
    const parsed = parse('a'.repeat(MAX_QUERY_LENGTH * 3));
    expect(parsed.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.notes).toHaveLength(1);
  });
});

describe('parseQuery: questions read as filters', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const read = (text: string) => parseQuery(text, fixtureCatalog(), { now });

  it('reads pay, currency and period out of the words, leaving no pay word as a role word', () => {
    expect(read('which roles pay by the hour?')).toMatchObject({ terms: [], pay: { period: 'hour' } });
    expect(read('is there a role paying more than 250k')).toMatchObject({ terms: [], pay: { min: 250_000 } });
    expect(read('under 200k').pay).toMatchObject({ min: null, max: 200_000 });
    expect(read('150000').pay).toMatchObject({ min: 150_000 });
    expect(read('roles paid in GBP').pay).toMatchObject({ currency: 'GBP' });
    expect(read('data engineer between 100k and 150k').terms.map((term) => term.raw)).toEqual([
      'data',
      'engineer',
    ]);
  });

  it('reads the posting date, company, skills and exclusions', () => {
    expect(read('roles posted in march').posted).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(read('engineer this week').posted).toMatchObject({ from: '2026-11-30' });
    expect(read('engineer at Globex').companies).toEqual(['Globex']);
    expect(read('engineer at Blorfcorp').unknownCompany).toBe('Blorfcorp');
    expect(read('needs scala').terms).toMatchObject([
      { raw: 'scala', alternatives: ['scala'], where: 'skill' },
    ]);
    expect(read('engineer not senior').exclusions[0]?.alternatives).toContain('senior');
    expect(read('engineer no remote').exclusions[0]?.alternatives).toContain('remote');
  });

  it('reads a word as a place only when it is not better read as a role word', () => {
    expect(read('home mgr').places).toEqual([]);
    expect(read('care home manager').places).toEqual([]);
    expect(read('kl').places[0]?.name).toBe('Kuala Lumpur');
    expect(read('sg').places[0]?.name).toBe('Singapore');
    expect(read('nyc designer').places[0]?.name).toBe('New York');
    expect(read('sf').places[0]?.name).toBe('San Francisco');
  });

  it('names an occupation in the title and its qualifiers in the title or team', () => {
    const { terms } = read('data engineer');
    expect(terms.map((term) => [term.raw, term.where])).toEqual([
      ['data', 'name'],
      ['engineer', 'title'],
    ]);
    expect(read('scala').terms[0]?.where).toBe('labels');
  });

  it('reads "or" between role words as either', () => {
    const { terms } = read('engineer or developer');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.alternatives).toEqual(['engineer', 'developer']);
    expect(read('london or berlin').anyPlace).toBe(true);
  });

  it('corrects a misspelling and says so, and leaves real words and acronyms alone', () => {
    const parsed = read('sofware enginer');
    expect(parsed.terms.map((term) => term.raw)).toEqual(['software engineer']);
    expect(parsed.notes.join(' ')).toContain('“enginer” as “engineer”');
    expect(read('lpm').terms[0]?.raw).toBe('lpm');
    expect(read('zookeeper').terms[0]?.raw).toBe('zookeeper');
  });
});

describe('stripSlackMarkup', () => {
  it('keeps link labels and removes mentions and broadcasts', () => {
    expect(
      stripSlackMarkup('<@U123> find <https://x.test|scala> roles <!here> <#C1|jobs>')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('find scala roles jobs');
  });
});
