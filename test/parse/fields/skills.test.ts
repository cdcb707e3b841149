import { describe, expect, it } from 'vitest';
import { findSkills } from '../../../src/parse/fields/skills.ts';

describe('findSkills', () => {
  it('finds technologies on word boundaries, in canonical spelling, in order of first mention', () => {
    expect(findSkills('Experience with pytorch, Apache Spark and Apache Beam on gcp or aws.')).toEqual([
      'PyTorch',
      'Spark',
      'Apache Beam',
      'GCP',
      'AWS',
    ]);
  });

  it('reads names that end in symbols', () => {
    expect(findSkills('C++, C# and .NET, plus Node.js')).toEqual(['C++', 'C#', '.NET', 'Node.js']);
  });

  it('counts common words only when written as the name', () => {
    expect(findSkills('Ready to go? We spark joy and react fast, in spring.')).toEqual([]);
    expect(findSkills('Services in Go and React, with Spring Boot.')).toEqual(['Go', 'React', 'Spring']);
  });

  it('does not find Java inside JavaScript, nor SQL inside PostgreSQL', () => {
    expect(findSkills('JavaScript and PostgreSQL')).toEqual(['JavaScript', 'PostgreSQL']);
  });

  it('reads practices and their plural forms', () => {
    expect(findSkills('Large language models and LLMs; run A/B experiments; CI/CD.')).toEqual([
      'LLMs',
      'A/B Testing',
      'CI/CD',
    ]);
  });
});
