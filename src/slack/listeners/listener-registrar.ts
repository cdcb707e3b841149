import type { App } from '@slack/bolt';

/**
 * The part of Bolt's App that listeners are registered on. Narrow on purpose: the manifest test registers
 * the listeners on a recorder with this shape to learn which commands, events, actions, shortcuts and views the code handles.
 */
export type ListenerRegistrar = Pick<App, 'command' | 'event' | 'action' | 'shortcut' | 'view'>;
