import { describe, expect, it } from 'vitest';
import { PLURAL_ROLE_NOUNS, pluralOf, ROLE_NOUN_FORMS } from '../../../src/parse/fields/role-nouns.ts';
import { isRoleNoun } from '../../../src/parse/fields/title.ts';

describe('the role-noun lexicon', () => {
  it('derives the plurals people write', () => {
    expect(pluralOf('engineer')).toBe('engineers');
    expect(pluralOf('secretary')).toBe('secretaries');
    expect(pluralOf('coach')).toBe('coaches');
    expect(PLURAL_ROLE_NOUNS.has('programmers')).toBe(true);
    expect(ROLE_NOUN_FORMS).toContain('baristas');
  });

  it('knows trades, care and hospitality roles as well as software ones', () => {
    for (const word of [
      'Nurse',
      'chef',
      'Barista',
      'accountant',
      'Electricians',
      'RNs',
      'worker',
      'Entwickler',
    ])
      expect(isRoleNoun(word)).toBe(true);
    for (const word of ['Acme', 'care', 'remote', 'Cooperative']) expect(isRoleNoun(word)).toBe(false);
  });
});
