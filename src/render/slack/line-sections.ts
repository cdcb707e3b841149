import type { SectionBlock } from '@slack/types';
import { SECTION_TEXT_MAX } from './limits.ts';
import { isHighSurrogate, mrkdwnText, truncateMrkdwn } from './mrkdwn.ts';

/**
 * Packs mrkdwn lines into as few section blocks as fit (each <= 3000 characters), using at most
 * `maxBlocks` blocks; lines that do not fit are counted in a closing "…and N more" line so the reader
 * knows the list goes on.
 */
export function lineSections(
  lines: readonly string[],
  maxBlocks: number,
  moreLabel = 'more',
): SectionBlock[] {
  if (maxBlocks <= 0 || lines.length === 0) return [];
  const texts: string[] = [];
  let current = '';
  let used = 0;
  const reserve = 40; // room for the "…and N more" line in the last block
  for (const raw of lines) {
    const line = truncateMrkdwn(raw, SECTION_TEXT_MAX - reserve);
    const joined = current === '' ? line : `${current}\n${line}`;
    const isLastBlock = texts.length === maxBlocks - 1;
    const room = isLastBlock ? SECTION_TEXT_MAX - reserve : SECTION_TEXT_MAX;
    if (joined.length <= room) {
      current = joined;
      used += 1;
      continue;
    }
    if (isLastBlock) break;
    texts.push(current);
    current = line;
    used += 1;
  }
  const left = lines.length - used;
  if (left > 0) current = `${current}\n_…and ${left} ${moreLabel}_`;
  if (current !== '') texts.push(current);
  return texts.map((text) => ({ type: 'section', text: mrkdwnText(text, SECTION_TEXT_MAX) }));
}

/** Where to end a piece of at most `size` characters: a line break, else a space, else a safe hard cut. */
function cutPoint(text: string, size: number): number {
  const lineBreak = text.lastIndexOf('\n', size);
  if (lineBreak > size / 2) return lineBreak;
  const space = text.lastIndexOf(' ', size);
  if (space > size / 2) return space;
  let end = size;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const entity = text.lastIndexOf('&', end - 1);
  if (entity !== -1 && entity > end - 6 && !text.slice(entity, end).includes(';')) end = entity;
  return end > 0 ? end : size;
}

/**
 * Splits mrkdwn (already escaped) into pieces of at most `size` characters, breaking at line ends or
 * spaces where it can and never inside an entity or a surrogate pair.
 */
export function splitMrkdwn(mrkdwn: string, size: number = SECTION_TEXT_MAX): string[] {
  const pieces: string[] = [];
  let rest = mrkdwn.trim();
  while (rest.length > size) {
    const end = cutPoint(rest, size);
    pieces.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}
