import { describe, expect, it } from 'vitest';
import { splitSubcommand } from '../../../../src/slack/listeners/commands/roles-subcommands.ts';

describe('splitSubcommand', () => {
  it('splits the first word, lower-cased, from the rest', () => {
    expect(splitSubcommand('  Subscribe   ml  remote ')).toEqual({ word: 'subscribe', args: 'ml  remote' });
  });

  it('gives empty parts for empty text', () => {
    expect(splitSubcommand('   ')).toEqual({ word: '', args: '' });
  });
});
