import { describe, expect, it } from 'vitest';
import { boardFromUrl, detectBoard, findPageUrl } from '../../../src/parse/fields/board.ts';

describe('detectBoard', () => {
  it('reads an aggregator\'s "via lever" marker', () => {
    expect(detectBoard('Engineering\nPermanent\nvia lever', null)).toBe('lever');
  });

  it('reads the board from the posting URL', () => {
    expect(detectBoard('', 'https://boards.greenhouse.io/acme/jobs/123')).toBe('greenhouse');
    expect(boardFromUrl('https://acme.wd5.myworkdayjobs.com/en-US/jobs/job/1')).toBe('workday');
    expect(boardFromUrl('https://jobs.ashbyhq.com/acme/1')).toBe('ashby');
    expect(boardFromUrl('not a url')).toBeNull();
  });

  it('reads a marker the board prints on its pages, also in the page footer', () => {
    expect(detectBoard('Role text', null, 'Jobs powered by Lever')).toBe('lever');
    expect(detectBoard('LinkedIn\nSign in', null)).toBe('linkedin');
    expect(detectBoard('Role', null, '© 2026 Indeed')).toBe('indeed');
  });

  it('does not take "via email" for a board, nor guess one from nothing', () => {
    expect(detectBoard('Apply via email to jobs@acme.example', null)).toBeNull();
  });
});

describe('findPageUrl', () => {
  it('takes a line that is only a link, or a URL label', () => {
    expect(findPageUrl(['Title', 'URL: https://jobs.lever.co/acme/1'])).toBe('https://jobs.lever.co/acme/1');
    expect(findPageUrl(['See https://acme.example for more'])).toBeNull();
  });
});
