import { VIEW_CALLBACK_IDS } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { addPostingSubmitted } from './add-posting-submitted.ts';

export function registerViews(app: ListenerRegistrar, deps: ListenerDependencies): void {
  app.view(VIEW_CALLBACK_IDS.addPosting, addPostingSubmitted(deps));
}
