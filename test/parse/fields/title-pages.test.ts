import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/parse/clean/normalise-text.ts';
import { parsePostingFile, REASONS } from '../../../src/parse/parse-posting.ts';
import { readPostingText } from '../../../src/parse/read-posting-text.ts';

/**
 * Titles as people post them: Hacker News "Who is hiring" comments (with and without a title line, one role
 * or several), board titles with noise in them, and very long titles. Decision: a comment naming several
 * roles is ONE posting whose title lists them, up to three, then "and N more roles".
 */

const SAVED = new Date('2026-11-20T12:00:00Z');
const read = (text: string) => readPostingText(normaliseText(text), { modifiedAt: SAVED });
const parse = (content: string) => parsePostingFile({ path: 'post.txt', content, modifiedAt: SAVED });

describe('Hacker News comments', () => {
  it('"Company | Role | Remote": the part that names a role', () => {
    const page = read(
      'Fernmark | Senior Backend Engineer | Remote (EU) | Full-time\n\nWe run payroll for 4,000 bakeries.',
    );
    expect(page).toMatchObject({ title: 'Senior Backend Engineer', company: 'Fernmark' });
  });

  it('"we are looking for two polyglot programmers"', () => {
    expect(
      read('Ostrava Labs | Remote | Full-time\n\nWe are looking for two polyglot programmers to join us.')
        .title,
    ).toBe('Polyglot Programmers');
  });

  it('"hiring Python and Go developers" in the header row', () => {
    const page = read(
      'Tallyho | Boston, MA or remote | hiring Python and Go developers\n\nWe build tax software for freelancers.',
    );
    expect(page.title).toBe('Python and Go Developers');
    expect(page.company).toBe('Tallyho');
  });

  it('several roles in prose become one posting whose title lists them', () => {
    expect(
      read(
        'Brindle | NYC | Onsite\n\nWe are hiring backend and iOS engineers. We are also looking for a product designer who likes maps.',
      ).title,
    ).toBe('Backend and iOS Engineers and Product Designer');
  });

  it('a bullet list of openings: three named, then "and N more roles"', () => {
    const outcome = parse(`Lumenstack | Berlin, Germany | Onsite | Full-time

We're hiring for:
- Senior Backend Engineer (Rust)
- iOS Engineer
- Product Designer - Berlin
- Data Scientist
- Site Reliability Engineer

We build observability tools for factories. Email jobs@lumenstack.de.`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.postings).toHaveLength(1);
    expect(outcome.postings[0]!.title).toBe(
      'Senior Backend Engineer, iOS Engineer, Product Designer and 2 more roles',
    );
  });

  it('"hiring manager" is not a hire', () => {
    expect(read('Oakhill | Remote\n\nThe hiring manager will read every application.').title).toBeNull();
  });
});

describe('board titles', () => {
  it('keeps a title with board noise in it rather than refusing it', () => {
    const outcome = parse(
      'Chef de Partie  Award Winning Restaurant  Excellent Tips\nThe Old Mill\nKeswick, Cumbria\n\nJoin our kitchen brigade for the summer season.',
    );
    expect(outcome.ok && outcome.postings[0]!.title).toBe(
      'Chef de Partie Award Winning Restaurant Excellent Tips',
    );
  });

  it('keeps a title longer than 100 characters whole', () => {
    const title =
      'Registered Nurse - Intensive Care Unit (ICU) - Night Shift - Full Time - Sign-On Bonus Available - Relocation Assistance';
    expect(title.length).toBeGreaterThan(100);
    const outcome = parse(`${title}\n\nYou will care for critically ill adults in a 24-bed unit.`);
    expect(outcome.ok && outcome.postings[0]!.title).toBe('Registered Nurse');
    expect(
      read(
        `Registered Nurse Intensive Care Unit Night Shift Full Time Sign On Bonus Available With Relocation Assistance Package\n\nYou will care for adults.`,
      ).title,
    ).toBe(
      'Registered Nurse Intensive Care Unit Night Shift Full Time Sign On Bonus Available With Relocation Assistance Package',
    );
  });

  it('reads trades and hospitality roles: barista, kitchen hand, electrician', () => {
    expect(read('Barista\nBean There Cafe\n\nMake great coffee.').title).toBe('Barista');
    expect(read('Qualified Electrician\n\nYou will wire new homes.').title).toBe('Qualified Electrician');
  });
});

describe('refusals', () => {
  it('refuses a sign-in wall and an "About us" page, which name no role', () => {
    expect(
      parse(
        'LinkedIn\nJoin now\nSign in\n\nSign in to view more jobs\nEmail or phone\nPassword\nForgot password?\n\nNew to LinkedIn? Join now',
      ).ok,
    ).toBe(false);
    expect(
      parse(
        'Oakhollow Cabinetry\nKitchens\nBathrooms\nCommercial\nAbout us\nCareers\nBook a showroom visit\n\nAbout us\nOakhollow Cabinetry has built kitchens by hand since 1979. When we have openings, we list them on our careers page.',
      ).ok,
    ).toBe(false);
  });

  it('refuses only text that names no role anywhere, and says what it looked for', () => {
    const outcome = parse('Remember to buy milk and call the plumbing shop about the boiler.');
    expect(outcome).toEqual({ ok: false, reason: REASONS.noTitle });
    expect(REASONS.noTitle).toMatch(/title line/);
    expect(REASONS.noTitle).toMatch(/role/);
  });
});

describe('titles beside board facts', () => {
  it('Naukri: the heading beats a "Role:" category further down', () => {
    const page = read(
      'Senior Java Developer\nTrivanta Softech Pvt. Ltd.\nBengaluru\n\nYou will build payment APIs in Java.\n\nRole: Back End Developer\nIndustry Type: IT Services & Consulting',
    );
    expect(page.title).toBe('Senior Java Developer');
  });

  it('JobStreet: a title with a bracketed place and pay stays whole before its suffixes are read', () => {
    expect(
      read(
        'Warehouse Assistant (Tuas / $2,400 - $2,800 / 5.5 days)\nKIAN HOCK COLD CHAIN PTE. LTD.\n\nPack orders.',
      ).title,
    ).toBe('Warehouse Assistant (Tuas / $2,400 - $2,800 / 5.5 days)');
  });

  it('SEEK: "Senior Social Worker - Family Support" is the worker, not the support', () => {
    expect(read('Senior Social Worker - Family Support\n\nYou will support families.').title).toBe(
      'Senior Social Worker',
    );
  });

  it('Hacker News: a row that names its roles in the plural', () => {
    expect(
      read(
        'Marisol Bio | Summer 2027 Software Engineering Interns | South San Francisco, CA | ONSITE\n\nWe automate biology labs.',
      ).title,
    ).toBe('Summer 2027 Software Engineering Interns');
  });
});
