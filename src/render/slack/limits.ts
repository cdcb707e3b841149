import type { AnyBlock, View } from '@slack/types';

/**
 * Block Kit's documented limits. Renderers cap and cut to these by construction; `blockKitLimitProblems`
 * lets tests (and a cautious caller) check a finished payload. Lengths are counted in UTF-16 units,
 * which is never fewer than the characters Slack counts.
 */
export const MESSAGE_MAX_BLOCKS = 50;
export const VIEW_MAX_BLOCKS = 100;
/** The top-level `text` fallback must stay under this many characters. */
export const MESSAGE_TEXT_MAX = 3999;
export const SECTION_TEXT_MAX = 3000;
export const SECTION_FIELDS_MAX = 10;
export const SECTION_FIELD_TEXT_MAX = 2000;
export const HEADER_TEXT_MAX = 150;
export const CONTEXT_ELEMENTS_MAX = 10;
/** Each text element of a context block: Slack documents 3000 like a section's text. */
export const CONTEXT_TEXT_MAX = 3000;
export const ACTIONS_ELEMENTS_MAX = 25;
export const BUTTON_TEXT_MAX = 75;
export const BUTTON_VALUE_MAX = 2000;
export const BUTTON_URL_MAX = 3000;
export const ACTION_ID_MAX = 255;
export const BLOCK_ID_MAX = 255;
export const VIEW_TITLE_MAX = 24;
export const PRIVATE_METADATA_MAX = 3000;
/**
 * Not documented: Slack answers `msg_blocks_too_long` once a message's blocks carry roughly 12,000
 * characters of text in total, sometimes less (bolt-js issues #2509 and #2867). We stay well under.
 */
export const MESSAGE_BLOCKS_TEXT_MAX = 9000;

export type SlackPayload = { text?: string; blocks: readonly AnyBlock[] } | View;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Characters of text across all blocks: every `text`, button `value` and `url` string. */
export function blocksTextLength(blocks: unknown): number {
  if (Array.isArray(blocks)) return blocks.reduce((sum: number, item) => sum + blocksTextLength(item), 0);
  if (!isRecord(blocks)) return 0;
  let sum = 0;
  for (const [key, value] of Object.entries(blocks)) {
    if (typeof value === 'string') {
      if (key === 'text' || key === 'value' || key === 'url') sum += value.length;
    } else {
      sum += blocksTextLength(value);
    }
  }
  return sum;
}

function textOf(value: unknown): string | null {
  return isRecord(value) && typeof value.text === 'string' ? value.text : null;
}

/**
 * Every documented limit the payload breaks, one readable line each; empty when Slack should accept it.
 * Also flags empty text objects, duplicate block ids and duplicate action ids in one block, which Slack
 * rejects as `invalid_blocks` too.
 */
export function blockKitLimitProblems(payload: SlackPayload): string[] {
  const problems: string[] = [];
  const record = payload as unknown as Json;
  const isView = record.type === 'modal' || record.type === 'home';
  const blocks: unknown[] = Array.isArray(record.blocks) ? record.blocks : [];
  const maxBlocks = isView ? VIEW_MAX_BLOCKS : MESSAGE_MAX_BLOCKS;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks, limit ${maxBlocks}`);

  const tooLong = (where: string, text: string | null, max: number): void => {
    if (text === null) return;
    if (text.length > max) problems.push(`${where} is ${text.length} characters, limit ${max}`);
    if (text.trim() === '') problems.push(`${where} is empty`);
  };

  if (isView) {
    if (record.type === 'modal') {
      tooLong('view title', textOf(record.title), VIEW_TITLE_MAX);
      if (textOf(record.title) === null) problems.push('view title is missing');
      tooLong('view close', textOf(record.close), VIEW_TITLE_MAX);
      tooLong('view submit', textOf(record.submit), VIEW_TITLE_MAX);
    }
    if (typeof record.private_metadata === 'string') {
      tooLong('view private_metadata', record.private_metadata, PRIVATE_METADATA_MAX);
    }
  } else {
    if (typeof record.text === 'string' && record.text.length > MESSAGE_TEXT_MAX) {
      problems.push(`message text is ${record.text.length} characters, limit ${MESSAGE_TEXT_MAX}`);
    }
    const total = blocksTextLength(blocks);
    if (total > MESSAGE_BLOCKS_TEXT_MAX) {
      problems.push(`blocks carry ${total} characters of text, limit ${MESSAGE_BLOCKS_TEXT_MAX}`);
    }
  }

  const blockIds = new Set<string>();
  blocks.forEach((block, index) => {
    if (!isRecord(block)) {
      problems.push(`blocks[${index}] is not an object`);
      return;
    }
    const at = `blocks[${index}] (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      tooLong(`${at} block_id`, block.block_id, BLOCK_ID_MAX);
      if (blockIds.has(block.block_id)) problems.push(`${at} block_id "${block.block_id}" is used twice`);
      blockIds.add(block.block_id);
    }
    const actionIds = new Set<string>();
    const checkElement = (element: unknown, where: string): void => {
      if (!isRecord(element)) return;
      if (typeof element.action_id === 'string') {
        tooLong(`${where} action_id`, element.action_id, ACTION_ID_MAX);
        if (actionIds.has(element.action_id)) {
          problems.push(`${where} action_id "${element.action_id}" is used twice in one block`);
        }
        actionIds.add(element.action_id);
      }
      if (element.type === 'button') {
        tooLong(`${where} button text`, textOf(element.text), BUTTON_TEXT_MAX);
        if (typeof element.value === 'string')
          tooLong(`${where} button value`, element.value, BUTTON_VALUE_MAX);
        if (typeof element.url === 'string') tooLong(`${where} button url`, element.url, BUTTON_URL_MAX);
      }
    };

    switch (block.type) {
      case 'section': {
        const fields = Array.isArray(block.fields) ? block.fields : [];
        if (block.text === undefined && fields.length === 0)
          problems.push(`${at} has neither text nor fields`);
        tooLong(`${at} text`, textOf(block.text), SECTION_TEXT_MAX);
        if (fields.length > SECTION_FIELDS_MAX) {
          problems.push(`${at} has ${fields.length} fields, limit ${SECTION_FIELDS_MAX}`);
        }
        fields.forEach((field, f) => {
          tooLong(`${at} fields[${f}]`, textOf(field), SECTION_FIELD_TEXT_MAX);
        });
        checkElement(block.accessory, `${at} accessory`);
        break;
      }
      case 'header':
        tooLong(`${at} text`, textOf(block.text), HEADER_TEXT_MAX);
        break;
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > CONTEXT_ELEMENTS_MAX) {
          problems.push(`${at} has ${elements.length} elements, allowed 1 to ${CONTEXT_ELEMENTS_MAX}`);
        }
        elements.forEach((element, e) => {
          tooLong(`${at} elements[${e}]`, textOf(element), CONTEXT_TEXT_MAX);
        });
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > ACTIONS_ELEMENTS_MAX) {
          problems.push(`${at} has ${elements.length} elements, allowed 1 to ${ACTIONS_ELEMENTS_MAX}`);
        }
        elements.forEach((element, e) => {
          checkElement(element, `${at} elements[${e}]`);
        });
        break;
      }
      default:
        break;
    }
  });
  return problems;
}
