import type { Catalog } from '../search/catalog.ts';
import { EXAMPLE_QUESTIONS } from './suggestions.ts';
import type { HelpAnswer } from './types.ts';

export function helpAnswer(question: string, reason: HelpAnswer['reason'], catalog: Catalog): HelpAnswer {
  return {
    kind: 'help',
    question,
    postings: [],
    notes: reason === 'unknown' ? ['That command was not recognised.'] : [],
    reason,
    examples: [...EXAMPLE_QUESTIONS, 'add <link> (or just add, to paste a posting)', 'remove <role id>'],
    total: catalog.postings.length,
  };
}
