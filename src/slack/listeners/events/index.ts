import type { BotEvent } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { directMessage } from './direct-message.ts';

/**
 * Registers one listener per bot event in the manifest. The record is keyed by the manifest's event names,
 * so adding a subscription without a listener (or the reverse) fails to type-check.
 */
export function registerEvents(app: ListenerRegistrar, deps: ListenerDependencies): void {
  const register: Record<BotEvent, () => void> = {
    app_mention: () => app.event('app_mention', appMention(deps)),
    // `message.im` is the manifest's name; Bolt sees every message event as `message`.
    'message.im': () => app.event('message', directMessage(deps)),
    app_home_opened: () => app.event('app_home_opened', appHomeOpened(deps)),
  };
  for (const subscribe of Object.values(register)) subscribe();
}
