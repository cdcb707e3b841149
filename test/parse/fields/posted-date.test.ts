import { describe, expect, it } from 'vitest';
import {
  findClosingDate,
  findPostedDate,
  parseAbsoluteDate,
  parseRelativeDate,
  readPostedValue,
} from '../../../src/parse/fields/posted-date.ts';

/** When the bot first read the file: the reference every relative date counts back from. */
const FIRST_READ = new Date('2026-03-25T12:00:00Z');
const UK = { reference: FIRST_READ };
const US = { reference: FIRST_READ, monthFirst: true };

const page = (body: string[], meta: string[] = []) => ({ body, meta });

describe('parseAbsoluteDate', () => {
  it('reads the forms boards print', () => {
    expect(parseAbsoluteDate('March 17, 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('Mar 17, 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('Nov 14 2026')).toBe('2026-11-14');
    expect(parseAbsoluteDate('10 Nov 2026')).toBe('2026-11-10');
    expect(parseAbsoluteDate('17th of March 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('2026-03-17T10:00:00Z')).toBe('2026-03-17');
    expect(parseAbsoluteDate('Sept 3, 2026')).toBe('2026-09-03');
    expect(parseAbsoluteDate('17-Mar-2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('3-Nov-26')).toBe('2026-11-03');
    expect(parseAbsoluteDate('17 March 2026 by Acme Recruitment')).toBe('2026-03-17');
  });

  it('reads German, French, Spanish and Dutch dates', () => {
    expect(parseAbsoluteDate('17.03.2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('17. März 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('17 mars 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('17 de marzo de 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('17 maart 2026')).toBe('2026-03-17');
  });

  it('reads an ambiguous slashed date day first, and month first on US pages', () => {
    expect(parseAbsoluteDate('03/04/2026', UK)).toBe('2026-04-03');
    expect(parseAbsoluteDate('03/04/2026', US)).toBe('2026-03-04');
    expect(parseAbsoluteDate('05/12/2026')).toBe('2026-12-05');
  });

  it('reads a slashed date the only way it can be read, whatever the country', () => {
    expect(parseAbsoluteDate('17/03/2026', US)).toBe('2026-03-17');
    expect(parseAbsoluteDate('03/17/2026', UK)).toBe('2026-03-17');
    // Dotted dates are day first even on a US page.
    expect(parseAbsoluteDate('05.12.2026', US)).toBe('2026-12-05');
  });

  it('puts a year-less posted date at its most recent past occurrence, never in the future', () => {
    expect(parseAbsoluteDate('3 Nov', { ...UK, yearless: 'past' })).toBe('2025-11-03');
    expect(parseAbsoluteDate('Mar 20', { ...UK, yearless: 'past' })).toBe('2026-03-20');
    expect(parseAbsoluteDate('Mar 26', { ...UK, yearless: 'past' })).toBe('2025-03-26');
  });

  it('needs a reference for a year-less date', () => {
    expect(parseAbsoluteDate('3 Nov')).toBeNull();
  });

  it('rejects dates that do not exist and things that are not dates', () => {
    expect(parseAbsoluteDate('2026-13-45')).toBeNull();
    expect(parseAbsoluteDate('February 30, 2026')).toBeNull();
    expect(parseAbsoluteDate('30.02.2026')).toBeNull();
    expect(parseAbsoluteDate('at 5pm', UK)).toBeNull();
    expect(parseAbsoluteDate('5 years of experience', UK)).toBeNull();
    expect(parseAbsoluteDate('Monday', UK)).toBeNull();
    expect(parseAbsoluteDate('12/2026', UK)).toBeNull();
  });

  it('only takes a date at the start of the value, not one further into a sentence', () => {
    expect(parseAbsoluteDate('by our team in London since 3 March 2020', UK)).toBeNull();
  });
});

describe('parseRelativeDate', () => {
  it('counts back from the reference instant, in UTC', () => {
    expect(parseRelativeDate('3 days ago', FIRST_READ)).toBe('2026-03-22');
    expect(parseRelativeDate('6 days ago', FIRST_READ)).toBe('2026-03-19');
    expect(parseRelativeDate('30+ days ago', FIRST_READ)).toBe('2026-02-23');
    expect(parseRelativeDate('30+ Days Ago', FIRST_READ)).toBe('2026-02-23');
    expect(parseRelativeDate('2 weeks ago', FIRST_READ)).toBe('2026-03-11');
    expect(parseRelativeDate('a month ago', FIRST_READ)).toBe('2026-02-23');
    expect(parseRelativeDate('more than 2 months ago', FIRST_READ)).toBe('2026-01-24');
    expect(parseRelativeDate('6d ago', FIRST_READ)).toBe('2026-03-19');
    expect(parseRelativeDate('5 hours ago', FIRST_READ)).toBe('2026-03-25');
    expect(parseRelativeDate('an hour ago', FIRST_READ)).toBe('2026-03-25');
  });

  it('reads the words for today, yesterday and last week', () => {
    expect(parseRelativeDate('Today', FIRST_READ)).toBe('2026-03-25');
    expect(parseRelativeDate('Just posted', FIRST_READ)).toBe('2026-03-25');
    expect(parseRelativeDate('Yesterday', FIRST_READ)).toBe('2026-03-24');
    expect(parseRelativeDate('last week', FIRST_READ)).toBe('2026-03-18');
  });

  it('reads ages in German, French, Spanish and Dutch', () => {
    expect(parseRelativeDate('vor 3 Tagen', FIRST_READ)).toBe('2026-03-22');
    expect(parseRelativeDate('vor einer Woche', FIRST_READ)).toBe('2026-03-18');
    expect(parseRelativeDate('il y a 3 jours', FIRST_READ)).toBe('2026-03-22');
    expect(parseRelativeDate('hace 2 semanas', FIRST_READ)).toBe('2026-03-11');
    expect(parseRelativeDate('3 dagen geleden', FIRST_READ)).toBe('2026-03-22');
    expect(parseRelativeDate('gestern', FIRST_READ)).toBe('2026-03-24');
  });

  it('is null for text without an age', () => {
    expect(parseRelativeDate('Full-time', FIRST_READ)).toBeNull();
    expect(parseRelativeDate('5 years of experience', FIRST_READ)).toBeNull();
    expect(parseRelativeDate('a few days ago', FIRST_READ)).toBeNull();
  });

  it('gives the same date however late the file is read again: only the reference moves it', () => {
    const reclone = new Date('2026-11-01T09:00:00Z');
    expect(parseRelativeDate('6 days ago', FIRST_READ)).toBe('2026-03-19');
    expect(parseRelativeDate('6 days ago', reclone)).toBe('2026-10-26');
  });
});

describe('readPostedValue', () => {
  it('never dates a posting after the bot first read it', () => {
    expect(readPostedValue('2026-04-30', UK)).toBeNull();
    expect(readPostedValue('2026-03-25', UK)).toBe('2026-03-25');
  });
});

describe('findPostedDate', () => {
  it('takes the date after a posted cue, in the forms boards print', () => {
    const cases: [string, string][] = [
      ['Posted 6 days ago', '2026-03-19'],
      ['Posted 30+ days ago', '2026-02-23'],
      ['Reposted 2 weeks ago', '2026-03-11'],
      ['Date posted: 2 days ago', '2026-03-23'],
      ['Posted: 17/03/2026', '2026-03-17'],
      ['Posted on 17-Mar-2026', '2026-03-17'],
      ['Posted 17 March 2026 by Acme Recruitment', '2026-03-17'],
      ['Veröffentlicht am 17.03.2026', '2026-03-17'],
      ['Publié le 17 mars 2026', '2026-03-17'],
      ['Publiée il y a 3 jours', '2026-03-22'],
      ['Posted on 3 Nov', '2025-11-03'],
      ['Posted Yesterday', '2026-03-24'],
      ['Vacancy posted 6 days ago', '2026-03-19'],
    ];
    for (const [line, expected] of cases) expect(findPostedDate(page([line]), UK), line).toBe(expected);
  });

  it('takes the value on the next line after a cue alone on its line', () => {
    expect(findPostedDate(page(['Posted', 'March 17, 2026', 'First seen', 'March 19, 2026']), UK)).toBe(
      '2026-03-17',
    );
  });

  it('reads a cue inside a header row', () => {
    expect(
      findPostedDate(page(['Acme · London, England (Hybrid) · Reposted 2 weeks ago · 6 applicants']), UK),
    ).toBe('2026-03-11');
  });

  it('reads a bare age in the header and Glassdoor ages', () => {
    expect(findPostedDate(page(['Acme · London · 2 weeks ago']), UK)).toBe('2026-03-11');
    expect(findPostedDate(page(['Acme', 'Leeds', '30d+']), UK)).toBe('2026-02-23');
    expect(findPostedDate(page(['Acme', 'Leeds', '24h']), UK)).toBe('2026-03-24');
  });

  it('reads the date from the page chrome kept about the posting', () => {
    expect(
      findPostedDate(page(['Data Engineer', 'Acme'], ['Listing details', 'Posted 3 days ago']), UK),
    ).toBe('2026-03-22');
  });

  it('never takes "First seen", "Last seen", an employer\'s activity or a date in prose', () => {
    expect(
      findPostedDate(page(['First seen', 'March 19, 2026', 'Last seen', 'March 20, 2026']), UK),
    ).toBeNull();
    expect(findPostedDate(page(['Acme', 'Employer active 3 days ago']), UK)).toBeNull();
    expect(findPostedDate(page(['Founded on 3 November 2010, Acme builds ledgers.']), UK)).toBeNull();
    expect(findPostedDate(page(['Start date: 1 April 2026']), UK)).toBeNull();
    expect(findPostedDate(page(['You will be posted to our Leeds office within 2 weeks.']), UK)).toBeNull();
  });

  it('does not read a bare age far down the page, where other jobs are listed', () => {
    const body = ['Data Engineer', ...Array.from({ length: 60 }, (_, i) => `Line ${i} of the description.`)];
    expect(findPostedDate(page([...body, 'Backend Engineer · Initech · 3 days ago']), UK)).toBeNull();
  });

  it('never takes a closing date as the posted date', () => {
    expect(findPostedDate(page(['Closing date: 30/04/2026', 'Apply by 30 April 2026']), UK)).toBeNull();
  });
});

describe('findClosingDate', () => {
  it('reads closing-date cues', () => {
    const cases: [string, string][] = [
      ['Closing date: 30/04/2026', '2026-04-30'],
      ['Apply by 30 April 2026', '2026-04-30'],
      ['Applications close 17 April 2026', '2026-04-17'],
      ['Application deadline: 2026-04-30', '2026-04-30'],
      ['Bewerbungsfrist: 30.04.2026', '2026-04-30'],
      ['Date limite de candidature : 30 avril 2026', '2026-04-30'],
      ['Apply by 30 April', '2026-04-30'],
      ['Closes in 5 days', '2026-03-30'],
      ['Expires in 2 weeks', '2026-04-08'],
    ];
    for (const [line, expected] of cases) expect(findClosingDate(page([line]), UK), line).toBe(expected);
  });

  it("reads a US page's expiry month first", () => {
    expect(findClosingDate(page(['Expires 04/05/2026']), US)).toBe('2026-04-05');
  });

  it('is null without a closing cue, and for a posted date', () => {
    expect(findClosingDate(page(['Posted 17 March 2026']), UK)).toBeNull();
    expect(findClosingDate(page(['Applications close on Friday']), UK)).toBeNull();
  });
});

describe('findPostedDate with the poster named first', () => {
  it('reads the date after "Posted by <recruiter>,"', () => {
    expect(findPostedDate(page(['Posted by Hartley Finch Recruitment, 3 days ago']), UK)).toBe('2026-03-22');
    expect(findPostedDate(page(['Posted by Acme Ltd on 17/03/2026']), UK)).toBe('2026-03-17');
    expect(findPostedDate(page(['Posted by Acme Ltd']), UK)).toBeNull();
  });
});

describe('ages run on from another fact', () => {
  it('reads the age LinkedIn runs on from the place, and a Hacker News comment header', () => {
    expect(
      findPostedDate(page(['Tidewell Analytics · Raleigh, NC (Remote) 2 weeks ago · 6 applicants']), UK),
    ).toBe('2026-03-11');
    expect(
      findPostedDate(
        page(['orrinbuild 9 days ago | parent | context | next [–] | on: Ask HN: Who is hiring?']),
        UK,
      ),
    ).toBe('2026-03-16');
  });

  it('reads JobStreet Indonesia and Malaysia ages', () => {
    expect(findPostedDate(page(['Ditayangkan 2 hari yang lalu']), UK)).toBe('2026-03-23');
    expect(findPostedDate(page(['Diiklankan 3 minggu lalu']), UK)).toBe('2026-03-04');
  });

  it('does not read an age at the end of a sentence', () => {
    expect(
      findPostedDate(
        page(['We started building our platform together with our first customers 2 years ago']),
        UK,
      ),
    ).toBeNull();
  });
});

describe('"Just posted"', () => {
  it('is the reference day wherever the posting prints it', () => {
    const body = [
      'Medical Receptionist',
      ...Array.from({ length: 50 }, (_, i) => `Duty ${i}.`),
      'Just posted',
    ];
    expect(findPostedDate(page(body), UK)).toBe('2026-03-25');
  });
});

describe('which posted date wins', () => {
  it("prefers the chrome's date over a cue far down the body, where other jobs may be listed", () => {
    const body = [
      'Data Engineer',
      ...Array.from({ length: 45 }, (_, i) => `Line ${i} of the description.`),
      'Backend Engineer',
      'Posted 20 days ago',
    ];
    expect(findPostedDate(page(body, ['Posted 3 days ago']), UK)).toBe('2026-03-22');
  });
});

describe('rows of facts and comment headers', () => {
  it('reads a posted cue inside a long row of facts side by side', () => {
    const row =
      'Kurrajong Cold Logistics · Wetherill Park, Sydney NSW · Warehousing, Storage & Distribution (Manufacturing, Transport & Logistics) · Full time · $36.80 per hour + overtime · Posted 12d ago';
    expect(row.length).toBeGreaterThan(160);
    expect(findPostedDate(page(['Warehouse Team Leader', row]), UK)).toBe('2026-03-13');
  });

  it('reads "last week" run on from the place', () => {
    expect(
      findPostedDate(page(['Beacon Hill · Greater Boston (Hybrid) last week · 33 applicants']), UK),
    ).toBe('2026-03-18');
  });

  it("reads an old Hacker News comment's date", () => {
    expect(
      findPostedDate(
        page(['palisade_hq on Oct 2, 2025 | parent | context | next [–] | on: Ask HN: Who is hiring?']),
        UK,
      ),
    ).toBe('2025-10-02');
  });
});
