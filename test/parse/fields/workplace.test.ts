import { describe, expect, it } from 'vitest';
import { findWorkplace, workplaceFromLabel } from '../../../src/parse/fields/workplace.ts';

const none = { labelValue: undefined, headerParts: [], locationSectionText: '', text: '' };
const FLEXIBILITY =
  'We offer you the flexibility to work where you work best! There will be some in person meetings, but still allows for flexibility to work from home.';

describe('findWorkplace', () => {
  it('takes an explicit label or header word first', () => {
    expect(findWorkplace({ ...none, labelValue: 'Hybrid (2 days in the office)' })).toBe('hybrid');
    expect(findWorkplace({ ...none, headerParts: ['London', 'Remote'] })).toBe('remote');
    expect(findWorkplace({ ...none, headerParts: ['On-site'] })).toBe('onsite');
    expect(findWorkplace({ ...none, headerParts: ['In person'] })).toBe('onsite');
  });

  it('reads work-from-home flexibility with in-person meetings as hybrid under a heading about place', () => {
    expect(
      findWorkplace({ ...none, locationSectionText: `This role is based in London ${FLEXIBILITY}` }),
    ).toBe('hybrid');
  });

  it('does not trust the same flexibility sentence outside a section about place', () => {
    expect(findWorkplace({ ...none, text: FLEXIBILITY })).toBeNull();
  });

  it('reads "you can be within the North America region" as remote', () => {
    expect(
      findWorkplace({
        ...none,
        locationSectionText:
          'For this role, you can be within the North America region as long as we have a work location.',
      }),
    ).toBe('remote');
  });

  it('reads explicit statements anywhere in the text', () => {
    expect(findWorkplace({ ...none, text: 'This is a fully remote role for people in the UK.' })).toBe(
      'remote',
    );
    expect(findWorkplace({ ...none, text: 'This is a hybrid role: we meet on Mondays.' })).toBe('hybrid');
    expect(findWorkplace({ ...none, text: 'This is an on-site role with flexible hours.' })).toBe('onsite');
  });

  it('takes the first explicit statement over a later hedge', () => {
    expect(
      findWorkplace({
        ...none,
        text: 'This is an on-site role. A hybrid arrangement may be discussed after confirmation.',
      }),
    ).toBe('onsite');
  });

  it('reads some office days a week as hybrid', () => {
    expect(findWorkplace({ ...none, text: 'We work from our office near Centraal three days a week.' })).toBe(
      'hybrid',
    );
  });

  it('ignores time zones and "hybrid cloud"', () => {
    expect(
      findWorkplace({ ...none, text: 'We run a hybrid cloud. The team works in the Eastern time zone.' }),
    ).toBeNull();
  });
});

describe('workplaceFromLabel', () => {
  it('maps label values, including schema.org TELECOMMUTE', () => {
    expect(workplaceFromLabel('TELECOMMUTE')).toBe('remote');
    expect(workplaceFromLabel('Remote (US)')).toBe('remote');
    expect(workplaceFromLabel('Onsite')).toBe('onsite');
    expect(workplaceFromLabel('Berlin')).toBeNull();
  });
});

describe('workplace inside a place line and in boards’ own words', () => {
  it('takes the workplace a place line states beside its place', () => {
    expect(findWorkplace({ ...none, besidePlace: 'remote' })).toBe('remote');
    // An explicit header word still comes first.
    expect(findWorkplace({ ...none, headerParts: ['Hybrid'], besidePlace: 'remote' })).toBe('hybrid');
  });

  it.each([
    ['Teilweise Home-Office', 'hybrid'],
    ['Télétravail fréquent', 'hybrid'],
    ['Hybride', 'hybrid'],
    ['Home-based', 'remote'],
    ['(Home-Based)', 'remote'],
    ['Télétravail total', 'remote'],
    ['Vor Ort', 'onsite'],
    ['Présentiel', 'onsite'],
  ])('reads the header part %j as %s', (part, workplace) => {
    expect(findWorkplace({ ...none, headerParts: [part] })).toBe(workplace);
  });

  it('does not read a place or a department as a workplace', () => {
    expect(findWorkplace({ ...none, headerParts: ['Home Office Department'] })).toBeNull();
    expect(findWorkplace({ ...none, headerParts: ['Berlin'] })).toBeNull();
  });
});
