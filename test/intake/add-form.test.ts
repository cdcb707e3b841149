import { describe, expect, it } from 'vitest';
import { ADD_FORM_TEXT_MAX, FORM_ERRORS, validateAddForm } from '../../src/intake/add-form.ts';

describe('validateAddForm', () => {
  it('accepts pasted text alone, trimmed', () => {
    expect(validateAddForm({ text: '  Staff Engineer\nAcme  ', link: null })).toEqual({
      ok: true,
      text: 'Staff Engineer\nAcme',
      link: null,
    });
  });

  it('accepts a link alone, and a link Slack wrapped in angle brackets', () => {
    expect(validateAddForm({ text: null, link: 'https://jobs.example.com/42' })).toEqual({
      ok: true,
      text: '',
      link: 'https://jobs.example.com/42',
    });
    expect(validateAddForm({ text: '', link: '<https://jobs.example.com/42|jobs>' })).toMatchObject({
      ok: true,
      link: 'https://jobs.example.com/42',
    });
  });

  it('asks for text or a link when both boxes are empty or blank', () => {
    expect(validateAddForm({ text: '  \n ', link: '' })).toEqual({
      ok: false,
      errors: { posting: FORM_ERRORS.empty },
    });
  });

  it('refuses text longer than the box holds, and accepts text exactly at the limit', () => {
    expect(validateAddForm({ text: 'x'.repeat(ADD_FORM_TEXT_MAX + 1), link: null })).toEqual({
      ok: false,
      errors: { posting: FORM_ERRORS.tooLong },
    });
    expect(validateAddForm({ text: 'x'.repeat(ADD_FORM_TEXT_MAX), link: null }).ok).toBe(true);
  });

  it.each(['ftp://jobs.example.com', 'javascript:alert(1)', 'jobs.example.com/42', 'two words'])(
    'refuses the link %s under the link box',
    (link) => {
      expect(validateAddForm({ text: 'Staff Engineer', link })).toEqual({
        ok: false,
        errors: { link: FORM_ERRORS.badLink },
      });
    },
  );
});
