import { describe, expect, it } from 'vitest';
import { isNavBar, siteLabelName, stripPageNoise } from '../../../src/parse/clean/page-noise.ts';

describe('stripPageNoise', () => {
  it('drops the sign-up bar and the site menu but keeps the posting', () => {
    const page = stripPageNoise(
      'Sign up to access all features of our service.\n- Job search\n- Favorites\n- Create a CV\nNew\n- Salaries\n\nData Engineer\nWe build pipelines.',
    );
    expect(page.body).toBe('Data Engineer\nWe build pipelines.');
  });

  it('treats everything above "Back to Jobs" as the site header', () => {
    const page = stripPageNoise('CrawlerATS\n← Back to Jobs\n\nData Engineer\nApply Now ↗\nAcme');
    expect(page.body).toBe('Data Engineer\nAcme');
    expect(page.meta).toContain('CrawlerATS');
  });

  it('cuts everything from a "Similar jobs" heading to the end of the page', () => {
    const page = stripPageNoise(
      'Data Engineer\nWe build pipelines.\n\nSimilar jobs\nFigma\n$150k - $180k\nBoston',
    );
    expect(page.body).toBe('Data Engineer\nWe build pipelines.');
    expect(page.body + page.meta).not.toMatch(/Figma|Boston/);
  });

  it('also cuts "People also viewed", "More jobs like this" and vacancy subscriptions', () => {
    for (const heading of [
      'People also viewed',
      'More jobs like this',
      'Do you want to receive more vacancies?',
    ]) {
      expect(stripPageNoise(`Role text.\n${heading}\nOther Co`).body).toBe('Role text.');
    }
  });

  it('keeps the listing panel as meta, where the posted date is read, but not as text', () => {
    const page = stripPageNoise(
      'Role text.\nListing Details\nPosted\nMarch 17, 2026\nPosting Health\nGhost score\n15%',
    );
    expect(page.body).toBe('Role text.');
    expect(page.meta).toContain('March 17, 2026');
  });

  it('drops a hiring-team box up to the next blank line', () => {
    const page = stripPageNoise(
      'Intro.\n\nMeet the hiring team\nDana Whitcombe\nEngineering Manager at Acme\n\nMore role text.',
    );
    expect(page.body).toBe('Intro.\n\nMore role text.');
  });

  it('drops a cookie banner', () => {
    expect(stripPageNoise('We use cookies to improve your experience.\n\nRole text.').body).toBe(
      'Role text.',
    );
  });

  it('cuts an application form that follows "Apply for this job"', () => {
    const page = stripPageNoise(
      'Role text.\nApply for this Job\n* Required\nFirst Name*\nResume/CV*\nVeteran Status',
    );
    expect(page.body).toBe('Role text.');
  });

  it('flags "… full job details …" as a cut and removes the marker', () => {
    const page = stripPageNoise(
      'You will also be responsible for the growth of your ..... full job details .....',
    );
    expect(page.truncationMarker).toBe(true);
    expect(page.body).toBe('You will also be responsible for the growth of your');
  });

  it('reads a bare "Show more" as a cut only when the text above stops mid-sentence', () => {
    expect(stripPageNoise('We offer a pension and a\nShow more').truncationMarker).toBe(true);
    expect(stripPageNoise('We offer a pension.\nShow More').truncationMarker).toBe(false);
  });

  it('moves the chrome parts of a "·" row to meta and keeps its facts', () => {
    const page = stripPageNoise('Acme · San Francisco, CA · 2 weeks ago · Over 200 applicants');
    expect(page.body).toBe('Acme · San Francisco, CA');
    expect(page.meta).toContain('2 weeks ago');
  });

  it('keeps only the first comment of a "Who is hiring?" thread', () => {
    const page = stripPageNoise(
      'Ask HN: Who is hiring? (November 2026)\n\nAcme | Senior Engineer | Remote\nWe build things.\nreply\n\nOther Co | Firmware Engineer | Pittsburgh\nreply',
    );
    expect(page.body).toBe('Acme | Senior Engineer | Remote\nWe build things.');
  });
});

describe('isNavBar', () => {
  it('recognises a menu of short site links', () => {
    expect(isNavBar('Home | About us | Life at Mossbank | Open roles | Contact')).toBe(true);
    expect(isNavBar('Impressum | Datenschutz | Cookie-Einstellungen')).toBe(true);
  });

  it('does not mistake a header row of facts for a menu', () => {
    expect(isNavBar('Toronto, ON · Hybrid · Full-time')).toBe(false);
    expect(isNavBar('Tidewell | Senior Engineer | REMOTE (US) | $150k-$200k')).toBe(false);
  });
});

describe('siteLabelName', () => {
  it('finds the employer in a careers-site label', () => {
    expect(siteLabelName('Maplestone Software - Careers')).toBe('Maplestone Software');
    expect(siteLabelName('Careers at Sarvam Retail Tech')).toBe('Sarvam Retail Tech');
    expect(siteLabelName('Karriere bei Lindgrün Energie')).toBe('Lindgrün Energie');
  });

  it('ignores menu items that end in "jobs"', () => {
    expect(siteLabelName('Find jobs')).toBeNull();
    expect(siteLabelName('Senior Data Engineer')).toBeNull();
  });
});
