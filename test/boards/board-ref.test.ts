import { describe, expect, it } from 'vitest';
import { parseBoardRef } from '../../src/boards/board-ref.ts';

describe('parseBoardRef', () => {
  it.each([
    ['https://boards.greenhouse.io/acme', 'greenhouse', 'acme'],
    ['https://job-boards.greenhouse.io/acme', 'greenhouse', 'acme'],
    ['https://boards.greenhouse.io/acme/jobs/4012345', 'greenhouse', 'acme'],
    ['boards.greenhouse.io/Acme?gh_src=abc', 'greenhouse', 'acme'],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', 'greenhouse', 'acme'],
    ['https://jobs.lever.co/globex', 'lever', 'globex'],
    ['https://jobs.lever.co/globex/5ac4f8c2-0000-4000-8000-000000000001', 'lever', 'globex'],
    ['https://jobs.ashbyhq.com/initech', 'ashby', 'initech'],
    ['https://jobs.eu.lever.co/kontor/5ac4f8c2-0000-4000-8000-000000000001', 'lever-eu', 'kontor'],
    ['lever-eu:kontor', 'lever-eu', 'kontor'],
    ['<https://jobs.ashbyhq.com/initech/7458d4e9>', 'ashby', 'initech'],
    ['greenhouse:acme', 'greenhouse', 'acme'],
    ['Lever: globex', 'lever', 'globex'],
  ])('reads %s', (input, system, board) => {
    expect(parseBoardRef(input)).toEqual({ system, board });
  });

  it.each([
    'acme',
    'https://example.com/careers',
    'https://boards.greenhouse.io/',
    'workday:acme',
    'https://boards.greenhouse.io/embed/job_app?token=4012345',
    'https://jobs.lever.co/<script>',
  ])('refuses %s', (input) => {
    expect(parseBoardRef(input)).toBeNull();
  });
});
