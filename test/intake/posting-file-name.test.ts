import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingFileName } from '../../src/intake/posting-file-name.ts';

const addedAt = new Date('2026-11-25T10:15:03.456Z');

describe('postingFileName', () => {
  it('names the file by when it was added, the company and title, and a random suffix', () => {
    expect(
      postingFileName({
        addedAt,
        company: 'Acme',
        title: 'Staff Data Engineer',
        suffix: '7f3a',
        format: '.txt',
      }),
    ).toBe('slack/2026-11-25T101503Z-acme-staff-data-engineer-7f3a.txt');
  });

  it('keeps only plain letters and digits, so the name is safe on every file system', () => {
    expect(
      postingFileName({
        addedAt,
        company: 'Zürich Ölwerke AG',
        title: 'Ingénieur·e / C++ & Rust (m/w/d) ../../etc',
        suffix: 'ab12',
        format: '.html',
      }),
    ).toBe('slack/2026-11-25T101503Z-zurich-olwerke-ag-ingenieur-e-c-rust-m-w-d-etc-ab12.html');
  });

  it('falls back to "posting" when the title has no usable characters', () => {
    expect(postingFileName({ addedAt, company: null, title: '職位', suffix: '01', format: '.md' })).toBe(
      'slack/2026-11-25T101503Z-posting-01.md',
    );
  });

  it('always gives one short file name inside the slack folder that sorts by time', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.string({ maxLength: 100 })),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (title, company, at) => {
          const name = postingFileName({ addedAt: at, company, title, suffix: 'beef', format: '.txt' });
          expect(name).toMatch(/^slack\/\d{4}-\d{2}-\d{2}T\d{6}Z-[a-z0-9-]+-beef\.txt$/);
          expect(name.length).toBeLessThan(120);
          const iso = at.toISOString();
          expect(name.slice(6, 24)).toBe(`${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '')}Z`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
