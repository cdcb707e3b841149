import { describe, expect, it } from 'vitest';
import { extractLink, looksLikeLink } from '../../src/intake/extract-link.ts';

describe('extractLink', () => {
  it.each([
    ['https://jobs.example.com/42', 'https://jobs.example.com/42'],
    ['<https://jobs.example.com/42>', 'https://jobs.example.com/42'],
    ['<https://jobs.example.com/42|jobs.example.com/42>', 'https://jobs.example.com/42'],
    ['  http://example.com  ', 'http://example.com/'],
    ['<https://example.com/?a=1&amp;b=2>', 'https://example.com/?a=1&b=2'],
  ])('reads %s as %s', (text, url) => {
    expect(extractLink(text)).toBe(url);
  });

  it.each(['', 'Staff Data Engineer', 'ftp://example.com', 'file:///etc/passwd', 'https://a.example b'])(
    'finds no http(s) link in %j',
    (text) => {
      expect(extractLink(text)).toBeNull();
    },
  );
});

describe('looksLikeLink', () => {
  it('tells a link of another scheme from ordinary words', () => {
    expect(looksLikeLink('ftp://example.com/job')).toBe(true);
    expect(looksLikeLink('<file:///etc/passwd>')).toBe(true);
    expect(looksLikeLink('Staff Data Engineer at Acme')).toBe(false);
  });
});
