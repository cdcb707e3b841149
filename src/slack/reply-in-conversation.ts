import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import { answerQuestion } from '../answer/answer.ts';
import { renderAnswerMessage } from '../render/slack/answer-message.ts';
import type { ListenerDependencies } from './dependencies.ts';
import { reportFailure } from './report-failure.ts';
import { stillLoadingMessage } from './user-messages.ts';

/**
 * Answers a plain-language question where it was asked (a mention or a DM), in the given thread.
 * A failure is logged and the asker gets a short private note; nothing is thrown.
 */
export async function replyInConversation(input: {
  question: string;
  channel: string;
  user: string | undefined;
  /** Thread to answer in; undefined answers in the conversation itself. */
  threadTs: string | undefined;
  client: AllMiddlewareArgs['client'];
  log: Logger;
  deps: ListenerDependencies;
}): Promise<void> {
  const { client, log, deps } = input;
  const thread = input.threadTs === undefined ? {} : { thread_ts: input.threadTs };
  try {
    const loading = deps.loading?.() ?? null;
    if (loading !== null) {
      await client.chat.postMessage({
        channel: input.channel,
        ...thread,
        text: stillLoadingMessage(loading),
      });
      return;
    }
    const { answer, message } = await deps.answers.run(() => {
      const now = deps.now();
      const answer = answerQuestion(input.question, { catalog: deps.getCatalog(), now });
      return { answer, message: renderAnswerMessage(answer, { now }) };
    });
    await client.chat.postMessage({
      channel: input.channel,
      ...thread,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    log.debug({ answer: answer.kind, postings: answer.postings.length }, 'answered a question');
  } catch (error) {
    const user = input.user;
    await reportFailure({
      error,
      log,
      what: 'answering a question',
      tell: async (text) => {
        if (user === undefined) return;
        await client.chat.postEphemeral({ channel: input.channel, user, ...thread, text });
      },
    });
  }
}
