import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePostingTexts } from '../../../bench/generate-postings.ts';
import { type SkillPattern, skillMatcher } from '../../../src/parse/fields/skill-matcher.ts';

/**
 * The matcher is only a faster way to ask every skill's pattern where it first matches: for any text it
 * must give exactly what `text.search(regex)` gives for each skill, including spellings that start with
 * a symbol, end in an optional letter, span words, or are case-sensitive.
 */

const skill = (name: string, patterns: string[], caseSensitive = false): SkillPattern => ({
  name,
  patterns,
  regex: new RegExp(`(?<![\\w+#.-])(?:${patterns.join('|')})(?![\\w+#]|\\.[a-z])`, caseSensitive ? '' : 'i'),
});

const SKILLS: SkillPattern[] = [
  skill('Python', ['python']),
  skill('Java', ['java']),
  skill('Go', ['Go', 'Golang', 'golang'], true),
  skill('C++', ['c\\+\\+']),
  skill('C#', ['c#']),
  skill('.NET', ['\\.net']),
  skill('JavaScript', ['javascript', 'js']),
  skill('Node.js', ['node\\.js', 'nodejs']),
  skill('LLMs', ['llms?', 'large language models?']),
  skill('Hugging Face', ['hugging ?face']),
  skill('A/B Testing', ['a/b tests?', 'a/b testing']),
  skill('Statistics', ['statistics', 'statistical modell?ing']),
  skill('GCP', ['gcp', 'google cloud(?: platform)?']),
  skill('REST', ['REST(?:ful)?'], true),
  skill('React', ['React(?:\\.js|JS)?'], true),
  skill('Vue', ['vue(?:\\.js|js)?']),
  skill('HTML', ['html5?']),
  skill('Spark', ['Spark', 'PySpark', 'Apache Spark'], true),
  skill('Machine Learning', ['machine learning']),
  skill('CI/CD', ['ci/cd', 'continuous integration']),
  skill('Objective-C', ['objective-c']),
  // Forms the list may grow: an alternation inside one spelling, a class, a leading group.
  skill('Either', ['alpha|beta']),
  skill('Digits', ['v\\d+']),
  skill('Grouped', ['(?:pre)?view']),
  skill('Munich', ['münchen']),
];

function bySearch(skills: readonly SkillPattern[], text: string) {
  return skills.flatMap(({ name, regex }) => {
    const index = text.search(regex);
    return index === -1 ? [] : [{ name, index }];
  });
}

const match = skillMatcher(SKILLS);

describe('skillMatcher', () => {
  it('finds each skill at its first mention, as its own pattern would', () => {
    const text = 'We use Python, C++ and .NET; LLM work with Hugging Face. Golang or Go, RESTful APIs.';
    expect(match(text)).toEqual(bySearch(SKILLS, text));
    expect(match(text).map((found) => found.name)).toEqual([
      'Python',
      'Go',
      'C++',
      '.NET',
      'LLMs',
      'Hugging Face',
      'REST',
    ]);
  });

  it('keeps word boundaries and case rules: no Java in JavaScript, no go in "go", no js in .json', () => {
    const text = 'JavaScript only; ready to go; files in .json and node.json; react fast; pythonic; C++x';
    expect(match(text)).toEqual(bySearch(SKILLS, text));
    expect(match(text).map((found) => found.name)).toEqual(['JavaScript']);
  });

  it('gives what every pattern gives on generated postings', () => {
    for (const { content } of generatePostingTexts(60, 3)) {
      expect(match(content)).toEqual(bySearch(SKILLS, content));
    }
  });

  it('gives what every pattern gives on any text built from spellings, symbols and odd letters', () => {
    const piece = fc.constantFrom(
      'python',
      'PYTHON',
      'Go',
      'go',
      'golang',
      'c',
      'C',
      '++',
      '+',
      '#',
      '.',
      '.net',
      'NET',
      'js',
      'node',
      'llm',
      's',
      'hugging',
      'face',
      'a/b',
      'test',
      'modelling',
      'statistical',
      'google',
      'cloud',
      'REST',
      'ful',
      'React',
      'JS',
      'vue',
      'html5',
      'Apache',
      'Spark',
      'machine',
      'learning',
      'objective-c',
      'alpha',
      'beta',
      'v2',
      'preview',
      'München',
      'MÜNCHEN',
      '\u212a',
      'İ',
      ' ',
      '-',
      '_',
      '/',
      '\n',
      'x',
      '7',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(match(text)).toEqual(bySearch(SKILLS, text));
      }),
      { numRuns: 500 },
    );
  });
});
