import type { Executor } from '@bazaarche/db';
import type { Actor } from '../../plugins/actor.ts';
import { findNetwork } from './network-access.ts';
import { type NetworkView, presentNetwork } from './present-network.ts';

/** A network's page as `actor` (null: a visitor) sees it. */
export async function getNetwork(db: Executor, id: string, actor: Actor | null, view: NetworkView) {
  return presentNetwork(db, await findNetwork(db, id), actor, view);
}
