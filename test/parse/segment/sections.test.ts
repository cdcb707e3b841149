import { describe, expect, it } from 'vitest';
import {
  buildSections,
  classifyLooseItem,
  matchHeading,
  splitBlocks,
  splitRunTogether,
} from '../../../src/parse/segment/sections.ts';

const sectionsOf = (text: string, names?: ReadonlySet<string>) =>
  buildSections(splitBlocks(text.split('\n')), names ? { names } : {});

describe('matchHeading', () => {
  it('recognises the common headings, with or without a colon', () => {
    expect(matchHeading("What You'll Do")?.kind).toBe('responsibilities');
    expect(matchHeading('Requirements:')?.kind).toBe('qualifications');
    expect(matchHeading('Who You Are')?.kind).toBe('qualifications');
    expect(matchHeading('What we offer')?.kind).toBe('benefits');
    expect(matchHeading("Where You'll Be")?.kind).toBe('location');
    expect(matchHeading('Job Description')?.kind).toBe('about');
    expect(matchHeading('About Spotify')?.kind).toBe('about');
  });

  it('splits a heading that runs into its first bullet', () => {
    expect(matchHeading("What You'll Do- Lead a team")).toEqual({
      kind: 'responsibilities',
      heading: "What You'll Do",
      rest: '- Lead a team',
    });
    expect(matchHeading('Who You Are- 5+ years')?.rest).toBe('- 5+ years');
  });

  it('does not take a sentence that starts with a heading word for a heading', () => {
    expect(matchHeading('Responsibilities include designing services.')).toBeNull();
    expect(matchHeading('Experience with Kafka')).toBeNull();
  });
});

describe('buildSections', () => {
  it('maps headed lists onto responsibilities, qualifications and benefits', () => {
    const sections = sectionsOf(
      'We build ledgers.\n\nResponsibilities\n- Build services\n- Own on-call\n\nRequirements\n- 5+ years of Go\n\nBenefits\n- Pension',
    );
    expect(sections).toEqual({
      about: 'We build ledgers.',
      responsibilities: ['Build services', 'Own on-call'],
      qualifications: ['5+ years of Go'],
      benefits: ['Pension'],
    });
  });

  it('splits a bullet list that lost its line breaks into items', () => {
    const sections = sectionsOf(
      "What You'll Do\nDesign, train, and ship models on the Now Playing View for millions of users Own ranking systems end-to-end, from training to serving Run A/B experiments and define success metrics for the team",
    );
    expect(sections.responsibilities).toEqual([
      'Design, train, and ship models on the Now Playing View for millions of users',
      'Own ranking systems end-to-end, from training to serving',
      'Run A/B experiments and define success metrics for the team',
    ]);
  });

  it('sorts heading-less bullets into responsibilities and qualifications and drops location notes', () => {
    const sections = sectionsOf(
      'Job Description\nWe build music surfaces.\n- Lead a team of engineers\n- You have 5+ years of experience\n- This role is based in New York',
    );
    expect(sections.responsibilities).toEqual(['Lead a team of engineers']);
    expect(sections.qualifications).toEqual(['You have 5+ years of experience']);
    expect(sections.about).toBe('We build music surfaces.');
  });

  it('keeps equal-opportunity and accommodation boilerplate out of about', () => {
    const sections = sectionsOf(
      'We build ledgers.\n\nAcme is an equal opportunity employer.\n\nIf you need accommodations at any stage, let us know.',
    );
    expect(sections.about).toBe('We build ledgers.');
  });

  it('reads the benefits sentence of a closing pay paragraph as a benefit, not as about', () => {
    const sections = sectionsOf(
      "Where You'll Be\n- This role is based in New York.\n\nThe base range for this position is $1 - $2. The benefits available include health insurance and paid leave.",
    );
    expect(sections.benefits).toEqual(['The benefits available include health insurance and paid leave.']);
    expect(sections.about).toBe('');
  });
});

describe('splitRunTogether', () => {
  it('leaves names the caller knows joined to the item they sit in', () => {
    expect(
      splitRunTogether(
        'Build pipelines with modern tools using Python and Spark every day',
        new Set(['Python']),
      ),
    ).toEqual(['Build pipelines with modern tools using Python and Spark every day']);
  });
});

describe('classifyLooseItem', () => {
  it('tells requirements from duties by how they start', () => {
    expect(classifyLooseItem('5+ years of Python')).toBe('qualifications');
    expect(classifyLooseItem("You're comfortable with ambiguity")).toBe('qualifications');
    expect(classifyLooseItem('Set the technical direction')).toBe('responsibilities');
    expect(classifyLooseItem('We offer you the flexibility to work where you work best!')).toBe('location');
  });
});
