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
