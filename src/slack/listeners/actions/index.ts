import type { BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../../action-ids.ts';
import type { ListenerDependencies } from '../../dependencies.ts';
import type { ListenerRegistrar } from '../listener-registrar.ts';
import { addPostingEdit } from './add-posting-edit.ts';
import { addPostingSave } from './add-posting-save.ts';
import { digestMore } from './digest-more.ts';
import { openPosting } from './open-posting.ts';
import { shareInChannel } from './share-in-channel.ts';
import { showDetails } from './show-details.ts';
import { showMore } from './show-more.ts';
import { unsubscribe } from './unsubscribe.ts';

export function registerActions(app: ListenerRegistrar, deps: ListenerDependencies): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showMore, showMore(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showDetails, showDetails(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareInChannel(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.addSave, addPostingSave(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.addEdit, addPostingEdit(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.digestMore, digestMore(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.unsubscribe, unsubscribe(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openPosting, openPosting());
}
