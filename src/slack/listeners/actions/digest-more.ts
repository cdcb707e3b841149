import type { KnownBlock } from '@slack/types';
import { MESSAGE_MAX_BLOCKS, MESSAGE_TEXT_MAX } from '../../../render/slack/limits.ts';
import { truncateMrkdwn } from '../../../render/slack/mrkdwn.ts';
import { renderPostingCardBlocks } from '../../../render/slack/posting-card.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { MESSAGE_POSTING_GONE } from '../../user-messages.ts';
import { buttonAction } from './button-action.ts';

/** Room for the heading line in the reply. */
const CARDS_MAX = Math.floor((MESSAGE_MAX_BLOCKS - 2) / 2);

/**
 * A digest's "+N more at Company": the rest of that company's roles, as cards, only to the person who asked
 * (the digest stays as it was for everyone). The ids ride in the button, so no state is kept; roles removed
 * since the digest was posted are left out and counted.
 */
export function digestMore(deps: ListenerDependencies) {
  return buttonAction(deps, 'showing the rest of a digest', async ({ action, respond }, log, tell) => {
    const ids = (action.value ?? '').split(',').filter((id) => /^[a-z0-9]{8}$/.test(id));
    const catalog = deps.getCatalog();
    const postings = ids.flatMap((id) => {
      const posting = catalog.byId.get(id);
      return posting === undefined ? [] : [posting];
    });
    if (postings.length === 0) {
      log.info({ ids: ids.length }, 'digest "+N more" for roles no longer in the catalog');
      await tell(MESSAGE_POSTING_GONE);
      return;
    }
    const now = deps.now();
    const shown = postings.slice(0, CARDS_MAX);
    const gone = ids.length - postings.length;
    const heading = `${postings.length} more ${postings.length === 1 ? 'role' : 'roles'}${
      postings[0]?.company ? ` at ${postings[0].company}` : ''
    }${gone > 0 ? ` (${gone} no longer listed)` : ''}`;
    const blocks: KnownBlock[] = [
      { type: 'context', elements: [{ type: 'plain_text', text: heading }] },
      ...shown.flatMap((posting) => renderPostingCardBlocks(posting, { now, detailsButton: true })),
    ];
    if (postings.length > shown.length) {
      blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `_and ${postings.length - shown.length} more: \`/roles new\`_` }],
      });
    }
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: truncateMrkdwn(heading, MESSAGE_TEXT_MAX),
      blocks,
    });
    log.debug({ shown: shown.length }, 'showed the rest of a digest company');
  });
}
