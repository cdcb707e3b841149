import { describe, expect, it } from 'vitest';
import { employmentTypeFromLabel, findEmploymentType } from '../../../src/parse/fields/employment-type.ts';

describe('employmentTypeFromLabel', () => {
  it('reads the labels boards print and schema.org codes', () => {
    expect(employmentTypeFromLabel('Full-time')).toBe('full-time');
    expect(employmentTypeFromLabel('Permanent')).toBe('full-time');
    expect(employmentTypeFromLabel('FULL_TIME')).toBe('full-time');
    expect(employmentTypeFromLabel('Part time')).toBe('part-time');
    expect(employmentTypeFromLabel('Contract (6 months)')).toBe('contract');
    expect(employmentTypeFromLabel('CONTRACTOR')).toBe('contract');
    expect(employmentTypeFromLabel('INTERN')).toBe('internship');
    expect(employmentTypeFromLabel('Temporary')).toBe('temporary');
    expect(employmentTypeFromLabel('Vollzeit')).toBe('full-time');
  });

  it('gives null for a value that names no type', () => {
    expect(employmentTypeFromLabel('Engineering')).toBeNull();
  });
});

describe('findEmploymentType', () => {
  it('prefers a label, then a header part that is only a type', () => {
    expect(findEmploymentType(['Part-time'], ['Full-time'], '')).toBe('part-time');
    expect(findEmploymentType([], ['Engineering', 'Permanent'], '')).toBe('full-time');
  });

  it('reads a plain statement in the prose', () => {
    expect(findEmploymentType([], [], 'This is a full-time, permanent position based in Leeds.')).toBe(
      'full-time',
    );
    expect(findEmploymentType([], [], 'This is a 6-month contract role.')).toBe('contract');
  });

  it('does not read a passing mention as the type', () => {
    expect(findEmploymentType([], [], 'You will manage contracts with our suppliers.')).toBeNull();
  });
});

describe("boards' employment-type words", () => {
  it('reads the words boards print, in their languages', () => {
    const cases: [string, string][] = [
      ['Full Time', 'full-time'],
      ['Permanent', 'full-time'],
      ['Permanent, full-time', 'full-time'],
      ['Vollzeit', 'full-time'],
      ['Festanstellung', 'full-time'],
      ['CDI', 'full-time'],
      ['CDD', 'temporary'],
      ['Fixed term', 'temporary'],
      ['Fixed-term contract', 'temporary'],
      ['Teilzeit', 'part-time'],
      ['Permanent, Part time', 'part-time'],
      ['Casual', 'part-time'],
      ['Casual/Vacation', 'part-time'],
      ['Contract/Temp', 'contract'],
      ['Full time, Contract', 'contract'],
      ['Internship', 'internship'],
      ['Werkstudent', 'internship'],
      ['Temps partiel', 'part-time'],
    ];
    for (const [value, type] of cases) expect(employmentTypeFromLabel(value), value).toBe(type);
  });

  it('does not read a type inside another word', () => {
    expect(employmentTypeFromLabel('Internal tools')).toBeNull();
    expect(employmentTypeFromLabel('Staged rollout')).toBeNull();
    expect(employmentTypeFromLabel('Temperature control')).toBeNull();
  });

  it('reads a line of the posting that is only a type', () => {
    expect(findEmploymentType([], [], 'Account Executive\nChicago /\nFull-time /\nSales')).toBe('full-time');
    expect(findEmploymentType([], [], 'Backend Java\nFestanstellung\nVollzeit')).toBe('full-time');
    expect(findEmploymentType([], [], 'SAP Consultant\nContract/Temp\nBanking')).toBe('contract');
    expect(findEmploymentType([], [], 'Développeur\nCDI\nLyon')).toBe('full-time');
  });

  it('does not take a type from a bullet or a longer line', () => {
    expect(
      findEmploymentType([], [], '- Full-time\nWe sometimes hire contractors for temporary projects.'),
    ).toBeNull();
  });

  it('reads a fixed-term contract in prose as temporary', () => {
    expect(
      findEmploymentType([], [], 'This is a 12-month fixed-term contract covering parental leave.'),
    ).toBe('temporary');
  });
});

describe('employment type named in the title', () => {
  it('reads interns, contract roles and part-time titles', () => {
    expect(findEmploymentType([], [], '', 'Summer 2027 Software Engineering Interns')).toBe('internship');
    expect(findEmploymentType([], [], '', 'Contract Rust Developer (6 months)')).toBe('contract');
    expect(findEmploymentType([], [], '', 'Steuerfachangestellter (m/w/d) in Teilzeit')).toBe('part-time');
  });

  it('does not read the work of a contracts manager or a template designer as terms', () => {
    expect(findEmploymentType([], [], '', 'Contract Manager')).toBeNull();
    expect(findEmploymentType([], [], '', 'Senior Contracts Administrator')).toBeNull();
    expect(findEmploymentType([], [], '', 'Email Template Designer')).toBeNull();
    expect(findEmploymentType([], [], '', 'Internal Communications Lead')).toBeNull();
  });
});

describe('hours and permanence together', () => {
  it('reads permanence with hours as those hours, and both hours offered as neither', () => {
    expect(findEmploymentType([], ['Festanstellung', 'Teilzeit'], '')).toBe('part-time');
    expect(findEmploymentType([], [], 'Pflegefachkraft\nVollzeit, Teilzeit\nMünster')).toBeNull();
    expect(findEmploymentType([], [], 'Analyste\nPoste permanent, temps plein\nMontréal')).toBe('full-time');
  });

  it('reads the type among the parts of a long row of facts', () => {
    const row =
      'Kurrajong Cold Logistics · Wetherill Park, Sydney NSW · Warehousing, Storage & Distribution · Full time · $36.80 per hour';
    expect(findEmploymentType([], [], row)).toBe('full-time');
  });
});

describe('types in type labels and prose lists', () => {
  it('reads plural type labels and a type listed among other facts', () => {
    expect(findEmploymentType([], [], 'Job Types: Full-time, Permanent')).toBe('full-time');
    expect(findEmploymentType([], [], 'Vertragsart: Festanstellung')).toBe('full-time');
    expect(findEmploymentType([], [], 'Permanent, full-time, £45-55k depending on experience.')).toBe(
      'full-time',
    );
    expect(
      findEmploymentType(
        [],
        [],
        'Pellmark: hiring a Senior Data Engineer (remote, EU time zones, full-time)',
      ),
    ).toBe('full-time');
  });

  it('reads a list offering both hours as neither', () => {
    expect(findEmploymentType([], [], 'Shifts available: full-time, part-time.')).toBeNull();
  });
});
