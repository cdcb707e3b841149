import type { MessageShortcut } from '@slack/bolt';
import { SHORTCUTS } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { addToRoles } from './add-to-roles.ts';

export function registerShortcuts(app: ListenerRegistrar, deps: ListenerDependencies): void {
  app.shortcut<MessageShortcut>(SHORTCUTS.addToRoles, addToRoles(deps));
}
