import { describe, expect, it } from 'vitest';
import { roleText } from '../../src/search/role-text.ts';
import { fixturePosting } from '../fixtures/catalog/fixture-catalog.ts';

describe('roleText', () => {
  const posting = fixturePosting('Backend Engineer (Scala)');

  it('keeps what the role is about', () => {
    expect(roleText(posting)).toContain('Build Kafka streaming services in Scala');
  });

  it('drops equal-opportunity, accommodation and benefits boilerplate', () => {
    const text = roleText(posting);
    expect(text).not.toMatch(/equal opportunity/i);
    expect(text).not.toMatch(/accommodation/i);
    expect(text).not.toMatch(/dental/i);
  });

  it('drops only the boilerplate sentence when a page arrives as one paragraph', () => {
    const oneParagraph = {
      ...posting,
      text: 'You will build Kafka pipelines. We are an equal opportunity employer. You will mentor engineers.',
      sections: { ...posting.sections, benefits: [] },
    };
    expect(roleText(oneParagraph)).toBe('You will build Kafka pipelines.\nYou will mentor engineers.');
  });
});
