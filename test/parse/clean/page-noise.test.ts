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

describe('lists of other postings', () => {
  it('cuts a LinkedIn "People also viewed" sidebar saved inside the description, and keeps what follows it', () => {
    const page = stripPageNoise(
      [
        'Site Reliability Engineer',
        'Tarnwick Systems · Raleigh, NC (Hybrid) · 2 weeks ago · 41 applicants',
        '',
        'About the job',
        'Tarnwick Systems runs the billing platform for 900 regional utilities across the Southeast.',
        '',
        'People also viewed',
        'Platform Engineer',
        'Corvane Systems',
        'Durham, NC (Hybrid)',
        '$140K/yr - $165K/yr',
        '1 week ago',
        'DevOps Engineer II',
        'Pinehurst Mutual Insurance',
        'Cary, NC (On-site)',
        '',
        'Qualifications',
        '- 5+ years running Linux services in production, ideally on Kubernetes.',
        '- You have been on call for a system that customers pay for.',
        '',
        'Base pay range $150,000/yr - $175,000/yr',
      ].join('\n'),
    );
    expect(page.body).toContain('Qualifications\n- 5+ years running Linux services');
    expect(page.body).toContain('Base pay range $150,000/yr - $175,000/yr');
    expect(page.body).not.toMatch(/Corvane|Pinehurst|\$140K/);
    expect(page.tail).toContain('Pinehurst Mutual Insurance');
  });

  it('keeps an Indeed description that goes on after its "Jobs nearby" cards', () => {
    const page = stripPageNoise(
      [
        'Warehouse Associate',
        'Keller Logistics',
        'Joliet, IL',
        '',
        'Full job description',
        'Keller Logistics is hiring warehouse associates for our second shift.',
        '',
        'Jobs nearby',
        'Material Handler',
        'Prairie Cold Storage',
        'Romeoville, IL',
        '$18 - $20 an hour',
        '',
        'You will pick, pack and load customer orders using RF scanners and pallet jacks.',
        'We train every new associate on forklift safety during the first week.',
        'Job Type: Full-time',
        'Pay: $19.25 - $21.50 per hour',
      ].join('\n'),
    );
    expect(page.body).toContain('You will pick, pack and load');
    expect(page.body).toContain('Pay: $19.25 - $21.50 per hour');
    expect(page.body).not.toMatch(/Prairie Cold Storage|\$18 - \$20/);
  });

  it('cuts a list at the end of the page with its footer, whose lines are all short', () => {
    const page = stripPageNoise(
      [
        'Accounts Assistant',
        'We are a friendly practice in York and we are growing our accounts team.',
        '',
        'Similar jobs',
        'Finance Officer',
        'Up to £33,000 per annum',
        'Harrogate, North Yorkshire',
        '',
        'Jobseekers',
        'Search jobs',
        'Career advice',
        '© 2026 reed.co.uk',
      ].join('\n'),
    );
    expect(page.body).toBe(
      'Accounts Assistant\nWe are a friendly practice in York and we are growing our accounts team.',
    );
  });

  it("does not read the cards' snippets, which end in an ellipsis, as the posting going on", () => {
    const page = stripPageNoise(
      [
        'Barista',
        'We are a small specialty coffee roaster in Subiaco looking for a morning barista.',
        '',
        'Similar jobs',
        'Barista',
        'Leederville Coffee Co',
        'We are looking for an experienced barista to join our busy team in the heart of…',
        'Cafe All-Rounder',
        'Fremantle Eats',
        'Join our friendly crew serving breakfast and lunch seven days a week, weekend…',
      ].join('\n'),
    );
    expect(page.body).not.toMatch(/Leederville|Fremantle/);
  });

  it('keeps the facts under a SEEK company name and its "More jobs from this company" link', () => {
    const page = stripPageNoise(
      [
        'Medical Receptionist',
        'Range Family Practice',
        'More jobs from this company',
        'Listed three days ago',
        'Toowoomba, Toowoomba & Darling Downs QLD',
        'Part time',
        '$29 - $31 p.h.',
        '',
        'Range Family Practice is a busy GP clinic with eight doctors, two nurses and a friendly admin team.',
      ].join('\n'),
    );
    expect(page.body).toContain('$29 - $31 p.h.');
    expect(page.body).toContain('Range Family Practice is a busy GP clinic');
    expect(page.body).not.toContain('More jobs from this company');
  });

  it('still cuts "More jobs from this company" when it heads a list after the posting', () => {
    const page = stripPageNoise(
      'Medical Receptionist\nWe are a busy GP clinic with eight doctors and two nurses.\n\nMore jobs from this company\nPractice Nurse\nToowoomba QLD\n$45 - $52 p.h.',
    );
    expect(page.body).not.toMatch(/Practice Nurse|\$45/);
  });
});

describe('chrome removed by its shape', () => {
  it('drops a search form with the query typed into it ("What" / "cook" / "Where" / "Hamilton, ON")', () => {
    const page = stripPageNoise('What\ncook\nWhere\nHamilton, ON\nFind jobs\n\nLine Cook\nThe Gilded Spoon');
    expect(page.body).toBe('Line Cook\nThe Gilded Spoon');
  });

  it('drops a run of menu links, unknown ones with the known ones', () => {
    const page = stripPageNoise(
      'Skip to content\nJobstreet\nJob search\nProfile\nExplore companies\nSign in\n\nProduction Supervisor',
    );
    expect(page.body).toBe('Production Supervisor');
  });

  it('keeps a posting header of short facts that is not a menu', () => {
    const page = stripPageNoise(
      'Acme Dental\nDental Hygienist\nOn-site\nFull-time\n\nYou will see patients.',
    );
    expect(page.body).toContain('Full-time');
  });

  it('drops breadcrumbs and a cookie banner in another language', () => {
    const page = stripPageNoise(
      'Home > Jobs > Electrical jobs\nTrainee Electrician jobs in Hamilton\n\nNous utilisons des cookies pour améliorer votre expérience sur notre site.\nTout accepter\n\nTrainee Electrician',
    );
    expect(page.body).toBe('Trainee Electrician');
  });
});
