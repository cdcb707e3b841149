import { describe, expect, it } from 'vitest';
import { scanLabels, splitGluedLabels } from '../../../src/parse/segment/labels.ts';

describe('scanLabels', () => {
  it('reads "Label: value" and a label with its value on the next line', () => {
    const scan = scanLabels([
      'Location: Berlin, Germany',
      'Employment type',
      'Full-time',
      'posted on',
      'Posted 30+ Days Ago',
    ]);
    expect(Object.fromEntries(scan.labels)).toEqual({
      location: 'Berlin, Germany',
      employment: 'Full-time',
      posted: 'Posted 30+ Days Ago',
    });
    expect([...scan.consumed].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('treats a label followed by a sentence or a bullet as a section heading', () => {
    expect(scanLabels(['Location', 'This role is based in London.']).labels.size).toBe(0);
    expect(scanLabels(['Location', '- London']).labels.size).toBe(0);
  });

  it('keeps the first value of a label and lists every one', () => {
    const scan = scanLabels(['Location: Columbus, OH', 'Work Location: In person']);
    expect(scan.labels.get('location')).toBe('Columbus, OH');
    expect(scan.every).toEqual([
      ['location', 'Columbus, OH'],
      ['location', 'In person'],
    ]);
  });
});

describe('splitGluedLabels', () => {
  it('splits labels that copying glued to the text before them, in one pass', () => {
    expect(splitGluedLabels('New York, NYLow Risk')).toEqual(['New York, NY', 'Low Risk']);
    expect(splitGluedLabels('EngineeringPermanentvia lever')).toEqual([
      'Engineering',
      'Permanent',
      'via lever',
    ]);
  });

  it('leaves names and prose alone', () => {
    expect(splitGluedLabels('PyTorch and LinkedIn')).toEqual(['PyTorch and LinkedIn']);
    expect(splitGluedLabels('We hire. ContractPermanent')).toEqual(['We hire. ContractPermanent']);
  });
});
