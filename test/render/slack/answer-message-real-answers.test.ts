import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer.ts';
import { answerRolesCommand } from '../../../src/answer/roles-command.ts';
import { renderAnswerMessage } from '../../../src/render/slack/answer-message.ts';
import { blockKitLimitProblems } from '../../../src/render/slack/limits.ts';
import { seedCatalog } from '../../fixtures/catalog/seed-catalog.ts';
import { safetyProblems } from './fixtures.ts';

const now = new Date('2026-11-25T10:00:00Z');
const context = { catalog: seedCatalog(), now };
const postings = context.catalog.postings;

const COMMANDS = ['', 'help', 'new', 'salary ml', 'stats', 'ml manager new york', 'quantum chef tokyo'];
const QUESTIONS = [
  "what's the salary range for senior ML engineers?",
  'which roles are remote?',
  'where is the ML manager role based?',
  'what does the ML manager role require?',
  'which roles need python?',
  'what is new this week?',
];

describe('renderAnswerMessage with the answers the app really gives over the seed postings', () => {
  const answers = [
    ...COMMANDS.map((text) => [`/roles ${text}`, answerRolesCommand(text, context)] as const),
    ...QUESTIONS.map((text) => [text, answerQuestion(text, context)] as const),
    ...postings.slice(0, 2).map((p) => [`/roles ${p.id}`, answerRolesCommand(p.id, context)] as const),
  ];

  it.each(answers)('renders “%s” within the limits, safely, naming every posting used', (_input, answer) => {
    const message = renderAnswerMessage(answer, { now });
    expect(blockKitLimitProblems(message)).toEqual([]);
    expect(safetyProblems(message)).toEqual([]);
    for (const posting of answer.postings) expect(message.text).toContain(posting.id);
  });
});
