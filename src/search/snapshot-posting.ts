import type { Posting, Sections } from '../model/posting.ts';

/**
 * How a posting is written in a catalog snapshot. A posting's sections are mostly passages of its own `text`,
 * so each section string found there is saved as [start, length] into `text` instead of a second copy: a
 * quarter of the snapshot, and on loading the passages become slices of `text` that share its memory.
 */

/** Shorter passages are written out: a reference would save little. */
const MIN_REFERENCED_LENGTH = 16;

type Passage = string | [start: number, length: number];

function reference(text: string, passage: string): Passage {
  if (passage.length < MIN_REFERENCED_LENGTH) return passage;
  const start = text.indexOf(passage);
  return start === -1 ? passage : [start, passage.length];
}

export function toSnapshotPosting(posting: Posting): unknown {
  const { text, sections } = posting;
  const refer = (passage: string) => reference(text, passage);
  return {
    ...posting,
    sections: {
      about: refer(sections.about),
      responsibilities: sections.responsibilities.map(refer),
      qualifications: sections.qualifications.map(refer),
      benefits: sections.benefits.map(refer),
    },
  };
}

export class SnapshotPostingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotPostingError';
  }
}

function resolve(text: string, passage: unknown): unknown {
  if (!Array.isArray(passage)) return passage;
  const [start, length] = passage as unknown[];
  const valid =
    passage.length === 2 &&
    Number.isInteger(start) &&
    Number.isInteger(length) &&
    (start as number) >= 0 &&
    (length as number) >= 0 &&
    (start as number) + (length as number) <= text.length;
  if (!valid) throw new SnapshotPostingError('a section points outside the posting text');
  return text.slice(start as number, (start as number) + (length as number));
}

/**
 * Undoes toSnapshotPosting, giving a value still to be validated as a Posting. Throws SnapshotPostingError when
 * a reference points outside the text; anything else wrong is left for validation to name.
 */
export function fromSnapshotPosting(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const { text, sections } = raw as { text?: unknown; sections?: Partial<Record<keyof Sections, unknown>> };
  if (typeof text !== 'string' || typeof sections !== 'object' || sections === null) return raw;
  const resolveAll = (list: unknown) =>
    Array.isArray(list) ? list.map((passage) => resolve(text, passage)) : list;
  return {
    ...raw,
    sections: {
      about: resolve(text, sections.about),
      responsibilities: resolveAll(sections.responsibilities),
      qualifications: resolveAll(sections.qualifications),
      benefits: resolveAll(sections.benefits),
    },
  };
}
