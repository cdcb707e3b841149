import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../../render/slack/home-view.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import { requestLog } from '../../middleware/request-log.ts';
import { slackErrorCode } from '../../slack-error-code.ts';

/** Opening the Home tab publishes what the bot knows now, how to ask, and the person's subscriptions. */
export function appHomeOpened(
  deps: ListenerDependencies,
): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    const log = requestLog(context, deps.logger);
    try {
      const subscriptions =
        deps.listSubscriptions === undefined ? null : await deps.listSubscriptions(event.user);
      const view = renderHomeView({ catalog: deps.getCatalog(), now: deps.now(), subscriptions });
      await client.views.publish({ user_id: event.user, view });
      log.debug('published the Home tab');
    } catch (error) {
      // Nobody to tell: the tab keeps its previous content, and the next opening tries again.
      log.error({ err: error, slackError: slackErrorCode(error) }, 'publishing the Home tab failed');
    }
  };
}
