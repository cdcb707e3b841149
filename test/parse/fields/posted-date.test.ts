import { describe, expect, it } from 'vitest';
import {
  findPostedDate,
  parseAbsoluteDate,
  parseRelativeDate,
} from '../../../src/parse/fields/posted-date.ts';

const SAVED = new Date('2026-03-25T12:00:00Z');

describe('parseAbsoluteDate', () => {
  it('reads the common written forms', () => {
    expect(parseAbsoluteDate('March 17, 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('Posted on Nov 14 2026')).toBe('2026-11-14');
    expect(parseAbsoluteDate('10 Nov 2026')).toBe('2026-11-10');
    expect(parseAbsoluteDate('17th of March 2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('2026-03-17T10:00:00Z')).toBe('2026-03-17');
    expect(parseAbsoluteDate('Sept 3, 2026')).toBe('2026-09-03');
  });

  it('reads slashed dates month-first unless the first number cannot be a month, and dotted dates day-first', () => {
    expect(parseAbsoluteDate('05/12/2026')).toBe('2026-05-12');
    expect(parseAbsoluteDate('17/03/2026')).toBe('2026-03-17');
    expect(parseAbsoluteDate('17.03.2026')).toBe('2026-03-17');
  });

  it('rejects dates that do not exist', () => {
    expect(parseAbsoluteDate('2026-13-45')).toBeNull();
    expect(parseAbsoluteDate('February 30, 2026')).toBeNull();
  });
});

describe('parseRelativeDate', () => {
  it('counts back from when the page was saved, in UTC', () => {
    expect(parseRelativeDate('Posted 3 days ago', SAVED)).toBe('2026-03-22');
    expect(parseRelativeDate('Vacancy posted 6 days ago', SAVED)).toBe('2026-03-19');
    expect(parseRelativeDate('30+ days ago', SAVED)).toBe('2026-02-23');
    expect(parseRelativeDate('2 weeks ago', SAVED)).toBe('2026-03-11');
    expect(parseRelativeDate('a month ago', SAVED)).toBe('2026-02-23');
    expect(parseRelativeDate('Posted today', SAVED)).toBe('2026-03-25');
    expect(parseRelativeDate('yesterday', SAVED)).toBe('2026-03-24');
    expect(parseRelativeDate('5 hours ago', SAVED)).toBe('2026-03-25');
  });

  it('is null for text without an age', () => {
    expect(parseRelativeDate('Full-time', SAVED)).toBeNull();
  });
});

describe('findPostedDate', () => {
  it('takes the date after a "Posted" label, on the same line or the next', () => {
    expect(findPostedDate(['Posted', 'March 17, 2026', 'First seen', 'March 19, 2026'], SAVED)).toBe(
      '2026-03-17',
    );
    expect(findPostedDate(['Posted November 14, 2026'], SAVED)).toBe('2026-11-14');
  });

  it('never takes a "First seen" or "Last seen" date', () => {
    expect(findPostedDate(['First seen', 'March 19, 2026', 'Last seen', 'March 20, 2026'], SAVED)).toBeNull();
  });

  it('reads a bare age in a header row', () => {
    expect(findPostedDate(['Acme · London · 2 weeks ago'], SAVED)).toBe('2026-03-11');
  });
});
