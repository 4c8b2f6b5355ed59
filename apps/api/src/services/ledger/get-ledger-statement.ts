import type { Executor } from '@bazaarche/db';
import { type SellerKey, sellerKey } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import type { Statement, StatementLine } from '../../schemas/ledger.ts';
import { findNetwork, leads } from '../networks/network-access.ts';
import { type DatedStatementLine, sellerStatement } from './seller-statement.ts';

/** Whose statement: the caller's shop by default; a network for its leader; anyone's for an admin. */
async function accountOf(db: Executor, actor: Actor, { networkId, producerId }: { networkId?: string | undefined; producerId?: string | undefined }): Promise<SellerKey> {
  if (networkId) {
    const network = await findNetwork(db, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    return sellerKey('network', network.id);
  }
  if (producerId && producerId !== actor.producer?.id) {
    if (!actor.isAdmin) throw new AppError('forbidden');
    return sellerKey('producer', producerId);
  }
  if (!actor.producer) throw new AppError('no_shop');
  return sellerKey('producer', actor.producer.id);
}

function presentLine(line: DatedStatementLine): StatementLine {
  const reference = line.reference as Partial<Record<'orderId' | 'fulfilmentId' | 'refundId' | 'payoutId', string>>;
  return {
    at: line.at.toISOString(),
    kind: line.kind,
    account: line.account,
    amountMinor: line.amountMinor,
    orderId: reference.orderId ?? null,
    fulfilmentId: reference.fulfilmentId ?? null,
    refundId: reference.refundId ?? null,
    payoutId: reference.payoutId ?? null,
    commissionBps: line.commissionBps,
    coordinationFeeBps: line.coordinationFeeBps,
  };
}

/**
 * The statement of the account the caller asks for and may see (see `accountOf`): its balances, read
 * from the seller's side (the domain's `statementFor`), and every entry, oldest first. `currency`: the
 * marketplace's, the one the ledger keeps its accounts in.
 */
export async function getLedgerStatement(db: Executor, actor: Actor, whose: { networkId?: string | undefined; producerId?: string | undefined }, currency: string): Promise<Statement> {
  const { seller, heldMinor, payableMinor, unfundedMinor, owedMinor, paidOutMinor, lines } = await sellerStatement(db, await accountOf(db, actor, whose));
  return { seller, currency, balance: { heldMinor, payableMinor, unfundedMinor, owedMinor, paidOutMinor }, entries: lines.map(presentLine) };
}
