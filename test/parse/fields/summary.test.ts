import { describe, expect, it } from 'vitest';
import { buildSummary, clip, SUMMARY_MAX } from '../../../src/parse/fields/summary.ts';

describe('buildSummary', () => {
  it('picks the sentences about the role over company boilerplate', () => {
    const about =
      'Spotify is the world’s most popular audio service. Join us and you will keep millions listening. We are now looking for a Machine Learning Engineering Manager to lead this team. In this role, you will guide ML engineers.';
    expect(buildSummary(about, [])).toBe(
      'We are now looking for a Machine Learning Engineering Manager to lead this team. In this role, you will guide ML engineers.',
    );
  });

  it('falls back to the first responsibility when the prose never speaks of the role', () => {
    expect(
      buildSummary('Acme makes tools for farmers across Europe.', ['Build the forecasting service']),
    ).toBe('Build the forecasting service');
  });

  it('stays within the card limit and cuts at a word', () => {
    const summary = buildSummary(`In this role you will ${'build things '.repeat(60)}.`, []);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary.endsWith('things…') || summary.endsWith('build…')).toBe(true);
  });
});

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('short', 10)).toBe('short');
  });
});
