import { describe, expect, it } from 'vitest';
import { seniorityFromLabel, seniorityFromTitle } from '../../../src/parse/fields/seniority.ts';

describe('seniorityFromTitle', () => {
  it('reads the level words of a title', () => {
    expect(seniorityFromTitle('Senior Machine Learning Engineer')).toBe('senior');
    expect(seniorityFromTitle('Sr. Backend Developer')).toBe('senior');
    expect(seniorityFromTitle('Staff Software Engineer, Payments')).toBe('staff');
    expect(seniorityFromTitle('Principal Software Engineer')).toBe('principal');
    expect(seniorityFromTitle('Junior Software Developer')).toBe('junior');
    expect(seniorityFromTitle('Software Engineering Intern - Summer 2027')).toBe('intern');
    expect(seniorityFromTitle('Director of Engineering')).toBe('director');
    expect(seniorityFromTitle('Data Engineer II')).toBe('mid');
  });

  it('counts an engineering manager as a people manager, whatever other level words the title has', () => {
    expect(seniorityFromTitle('Machine Learning Engineering Manager')).toBe('manager');
    expect(seniorityFromTitle('ML Manager')).toBe('manager');
    expect(seniorityFromTitle('Senior Engineering Manager')).toBe('manager');
  });

  it('does not count a product, program or project manager as a people manager', () => {
    expect(seniorityFromTitle('Product Manager')).toBeNull();
    expect(seniorityFromTitle('Senior Product Manager, Analytics')).toBe('senior');
    expect(seniorityFromTitle('Technical Program Manager')).toBeNull();
    expect(seniorityFromTitle('Project Manager')).toBeNull();
  });

  it('gives null when the title names no level', () => {
    expect(seniorityFromTitle('Backend Engineer')).toBeNull();
    expect(seniorityFromTitle('AI Engineer')).toBeNull();
  });
});

describe('seniorityFromLabel', () => {
  it("reads LinkedIn's seniority labels", () => {
    expect(seniorityFromLabel('Mid-Senior level')).toBe('senior');
    expect(seniorityFromLabel('Entry level')).toBe('junior');
    expect(seniorityFromLabel('Internship')).toBe('intern');
    expect(seniorityFromLabel('Not Applicable')).toBeNull();
  });
});

describe('level words across boards and languages', () => {
  it('reads German and French titles', () => {
    expect(seniorityFromTitle('Werkstudent Softwareentwicklung (m/w/d)')).toBe('intern');
    expect(seniorityFromTitle('Praktikant Marketing')).toBe('intern');
    expect(seniorityFromTitle('Stagiaire Développeur Full-Stack')).toBe('intern');
    expect(seniorityFromTitle('Développeur Sénior Java')).toBe('senior');
  });

  it('reads StepStone, Glassdoor and Welcome to the Jungle level labels', () => {
    expect(seniorityFromLabel('Berufseinsteiger')).toBe('junior');
    expect(seniorityFromLabel('Berufserfahren')).toBe('mid');
    expect(seniorityFromLabel('Führungskraft')).toBe('manager');
    expect(seniorityFromLabel('Stage')).toBe('intern');
    expect(seniorityFromLabel('Confirmé')).toBe('mid');
    expect(seniorityFromLabel('Experienced (non-manager)')).toBe('mid');
  });
});
