/**
 * The question in a message that mentions the bot: every `<@BOT>` (with or without a `|name` label) removed
 * and the spacing tidied. Other people's mentions stay: they can be part of the question.
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const withoutBot =
    botUserId === undefined
      ? text
      : text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  return withoutBot
    .replace(/^[\s,:;-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
