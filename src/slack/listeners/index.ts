import type { ListenerDependencies } from '../dependencies.ts';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import { registerEvents } from './events/index.ts';
import type { ListenerRegistrar } from './listener-registrar.ts';

/** Every listener the app has, registered in one place. */
export function registerListeners(app: ListenerRegistrar, deps: ListenerDependencies): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
}
