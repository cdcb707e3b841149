import { COMMANDS } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { rolesCommand } from './roles.ts';

export function registerCommands(app: ListenerRegistrar, deps: ListenerDependencies): void {
  app.command(COMMANDS.roles, rolesCommand(deps));
}
