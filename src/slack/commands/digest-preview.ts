import type { HeaderBlock } from '@slack/types';
import { HEADER_TEXT_MAX } from '../../render/slack/limits.ts';
import { plainText } from '../../render/slack/mrkdwn.ts';
import { previewDigest } from '../../schedule/preview-digest.ts';
import type { RolesSubcommandHandler } from '../listeners/commands/roles-subcommands.ts';
import type { DigestCommandDependencies } from './digest-command-dependencies.ts';
import { replyPrivately } from './digest-reply.ts';

export const MESSAGE_NO_DIGEST_HERE =
  'This channel gets no digest. Subscribe it with `/roles subscribe [words]` (no words: every new role).';

/** `/roles digest`: privately shows what this channel's next digest would hold. Posts and records nothing. */
export function digestPreview(deps: DigestCommandDependencies): RolesSubcommandHandler {
  return async ({ command, respond, catalog, now }) => {
    const channelId = command.channel_id;
    const state = await deps.store.read();
    if (
      !deps.digestChannels.includes(channelId) &&
      !state.subscriptions.some((s) => s.channelId === channelId)
    ) {
      await replyPrivately(respond, MESSAGE_NO_DIGEST_HERE);
      return;
    }
    const [preview] = await previewDigest({
      // The state just read: one read of the file serves both the check above and the preview.
      store: { read: async () => state },
      catalog,
      now,
      channelId,
      channels: deps.digestChannels,
      timeZone: deps.timeZone,
      emptyPolicy: 'post',
    });
    const message = preview?.message;
    if (!message) {
      await replyPrivately(respond, 'Nothing new for this channel since its last digest.');
      return;
    }
    // The header says "Preview" in place, so the preview costs no extra block beyond the digest's own.
    const blocks = message.blocks.map((block) =>
      block.type === 'header'
        ? ({
            ...block,
            text: plainText(`Preview · ${(block as HeaderBlock).text.text}`, HEADER_TEXT_MAX),
          } as HeaderBlock)
        : block,
    );
    await respond({
      response_type: 'ephemeral',
      text: `Preview of the next digest: ${message.text}`,
      blocks,
    });
  };
}
