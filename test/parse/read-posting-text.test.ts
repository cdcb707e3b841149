import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/parse/clean/normalise-text.ts';
import { readPostingText } from '../../src/parse/read-posting-text.ts';

const SAVED = new Date('2026-11-20T12:00:00Z');
const read = (text: string) => readPostingText(normaliseText(text), { modifiedAt: SAVED });

describe('readPostingText', () => {
  it('reads LinkedIn-style label pairs without letting them into the sections', () => {
    const reading = read(
      'Backend Engineer\nAcme\n\nWhat you will do\n- Build services\n\nSeniority level\nMid-Senior level\nEmployment type\nContract',
    );
    expect(reading.employmentType).toBe('contract');
    expect(reading.sections.responsibilities).toEqual(['Build services']);
  });

  it('keeps a region named in prose when the header names no place, and drops it when the header does', () => {
    expect(
      read('Data Engineer\n\nYou can be within the North America region.').locations.map((l) => l.region),
    ).toEqual(['North America']);
    const withHeader = read(
      'Data Engineer\nRemote (EMEA)\n\nYou can work from anywhere in Europe, the Middle East or Africa.',
    );
    expect(withHeader.locations.map((l) => l.region)).toEqual(['EMEA']);
  });

  it('resolves a relative posted date against the time the page was saved', () => {
    expect(read('Data Engineer\nPosted 3 days ago\n\nWe build pipelines for farms.').postedAt).toBe(
      '2026-11-17',
    );
  });

  it('marks text that stops mid-sentence as truncated', () => {
    expect(
      read('Data Engineer\n\nWe build pipelines for farms and you will own the ingestion of sensor data from')
        .truncated,
    ).toBe(true);
    expect(
      read('Data Engineer\n\nWe build pipelines for farms and you will own the ingestion of sensor data.')
        .truncated,
    ).toBe(false);
  });
});
