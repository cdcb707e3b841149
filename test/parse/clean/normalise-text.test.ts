import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, normaliseText } from '../../../src/parse/clean/normalise-text.ts';

describe('normaliseText', () => {
  it('straightens curly quotes and turns spaced dashes into hyphens', () => {
    expect(normaliseText('We’re “great” – really — great')).toBe('We\'re "great" - really - great');
  });

  it('keeps a dash between figures tight, so salary ranges stay readable', () => {
    expect(normaliseText('$176,166–$251,666')).toBe('$176,166-$251,666');
  });

  it('spaces a dash glued between words ("surfaces—including")', () => {
    expect(normaliseText('major surfaces—including Home')).toBe('major surfaces - including Home');
  });

  it('turns non-breaking and zero-width spaces into plain spaces or nothing', () => {
    expect(normaliseText('a\u00A0plus.\u00A0\nzero\u200Bwidth')).toBe('a plus.\nzerowidth');
  });

  it('turns the two characters "\\n" into a line break', () => {
    expect(normaliseText('first\\nsecond')).toBe('first\nsecond');
  });

  it('decodes HTML entities left in copied text', () => {
    expect(normaliseText('R&amp;D&nbsp;team &#8211; &#x27;ok&#x27;')).toBe("R&D team - 'ok'");
    expect(decodeEntities('&unknown; stays')).toBe('&unknown; stays');
  });

  it('writes every bullet style as "- "', () => {
    expect(normaliseText('  • one\n● two\n* three\n- four\n▪ five')).toBe(
      '- one\n- two\n- three\n- four\n- five',
    );
  });

  it('leaves a negative number or a lone dash alone', () => {
    expect(normaliseText('-5 degrees\n-')).toBe('-5 degrees\n-');
  });

  it('collapses runs of blank lines and trims the ends', () => {
    expect(normaliseText('\n\n  a  \n\n\n\nb\n\n')).toBe('a\n\nb');
  });

  it('splits labels glued to values in a copied header row', () => {
    expect(normaliseText('New York, NYLow Risk')).toBe('New York, NY\nLow Risk');
    expect(normaliseText('EngineeringPermanentvia lever')).toBe('Engineering\nPermanent\nvia lever');
  });

  it('never splits names that merely contain capitals', () => {
    expect(normaliseText('PyTorch, LinkedIn and YouTube')).toBe('PyTorch, LinkedIn and YouTube');
  });

  it('puts the space back between sentences glued together', () => {
    expect(normaliseText('our collaboration hours.Kipp is the team')).toBe(
      'our collaboration hours. Kipp is the team',
    );
  });

  it('keeps domain names and version numbers whole', () => {
    expect(normaliseText('see spotify.com and Node.js 20.1')).toBe('see spotify.com and Node.js 20.1');
  });

  it('drops Markdown heading marks, emphasis and link targets', () => {
    expect(
      normaliseText('## About us\n**Acme** builds [tools](https://acme.example)\n*Part-time · Hybrid*'),
    ).toBe('About us\nAcme builds tools\nPart-time · Hybrid');
  });

  it('gives the same text when run twice, so re-parsing never shifts ids', () => {
    const piece = fc.constantFrom(
      'Senior',
      '•',
      '–',
      '—',
      '\u00a0',
      '\n',
      '\\n',
      '&nbsp;',
      'Low Risk',
      'NY',
      ' ',
      '.',
      'Kipp',
      '*',
      '# ',
      '**b**',
      'via lever',
      '$1',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const once = normaliseText(pieces.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
