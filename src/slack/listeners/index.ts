import type { ListenerDependencies } from '../dependencies.ts';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import { registerEvents } from './events/index.ts';
import type { ListenerRegistrar } from './listener-registrar.ts';
import { registerShortcuts } from './shortcuts/index.ts';
import { registerViews } from './views/index.ts';

/** Every listener the app has, registered in one place. */
export function registerListeners(app: ListenerRegistrar, deps: ListenerDependencies): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
}
