import { COMMANDS } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { rolesCommand } from './roles.ts';
import { rolesAdd } from './roles-add.ts';
import { rolesRemove } from './roles-remove.ts';

export function registerCommands(app: ListenerRegistrar, deps: ListenerDependencies): void {
  // `add` and `remove` join whatever subcommands the composition root passed (subscribe, digest, …).
  const subcommands = new Map(deps.subcommands ?? []);
  subcommands.set('add', rolesAdd(deps));
  subcommands.set('remove', rolesRemove(deps));
  app.command(COMMANDS.roles, rolesCommand({ ...deps, subcommands }));
}
