import { describe, expect, it } from 'vitest';
import { plural, salaryBounds } from '../../src/render/format-posting.ts';

describe('salaryBounds', () => {
  const figure = (n: number) => `#${n}`;

  it('writes a range, a single figure, and either open end with the figure function', () => {
    expect(salaryBounds({ min: 1, max: 2 }, figure)).toBe('#1–#2');
    expect(salaryBounds({ min: 3, max: 3 }, figure)).toBe('#3');
    expect(salaryBounds({ min: null, max: 4 }, figure)).toBe('up to #4');
    expect(salaryBounds({ min: 5, max: null }, figure)).toBe('from #5');
  });

  it('leaves the wording to the caller when no figure is known', () => {
    expect(salaryBounds({ min: null, max: null }, figure)).toBeNull();
  });
});

describe('plural', () => {
  it('counts in words, with an irregular plural when given', () => {
    expect(plural(1, 'role')).toBe('1 role');
    expect(plural(0, 'role')).toBe('0 roles');
    expect(plural(2, 'company', 'companies')).toBe('2 companies');
  });
});
