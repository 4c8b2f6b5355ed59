import { type Executor, ledgerAccounts, ledgerEntries, networks, payouts, producers } from '@bazaarche/db';
import { type AccountKind, type SellerAccountKind, sellerBalanceMinor } from '@bazaarche/domain';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { PayoutOverview } from '../../schemas/ledger.ts';
import { presentPayout } from './present-payout.ts';

/** The latest payouts finance sees. */
const RECENT_PAYOUTS = 100;

/** A shop's accounts finance weighs a payout by (what it earned on unpaid bulk orders is not payable yet). */
const shopAccountKinds = ['held', 'payable', 'owed'] as const satisfies readonly SellerAccountKind[];
type ShopAccountKind = (typeof shopAccountKinds)[number];
const isShopAccountKind = (kind: AccountKind): kind is ShopAccountKind => (shopAccountKinds as readonly AccountKind[]).includes(kind);

/**
 * What finance pays out from: every shop the platform holds money for, owes, or is owed by (with its
 * payout Sheba), every network owed coordination fees, and the latest payouts. Balances are summed by
 * the accounts' kind and seller columns and read from the seller's side as their statement reads them.
 */
export async function getPayoutOverview(db: Executor): Promise<PayoutOverview> {
  const [sums, recent] = await Promise.all([sellerBalances(db), recentPayouts(db)]);
  const shops = new Map<string, { heldMinor: number; payableMinor: number; owedMinor: number }>();
  const networkPayable = new Map<string, number>();
  for (const { kind, producerId, networkId, ledgerBalanceMinor } of sums) {
    if (networkId) networkPayable.set(networkId, sellerBalanceMinor('payable', ledgerBalanceMinor));
    else if (producerId && isShopAccountKind(kind)) {
      const shop = shops.get(producerId) ?? { heldMinor: 0, payableMinor: 0, owedMinor: 0 };
      shop[`${kind}Minor`] = sellerBalanceMinor(kind, ledgerBalanceMinor);
      shops.set(producerId, shop);
    }
  }
  const [shopRows, networkRows] = await Promise.all([
    shops.size ? db.select().from(producers).where(inArray(producers.id, [...shops.keys()])) : [],
    networkPayable.size ? db.select({ id: networks.id, name: networks.name }).from(networks).where(inArray(networks.id, [...networkPayable.keys()])) : [],
  ]);
  return {
    networks: networkRows.map((network) => ({ network, payableMinor: networkPayable.get(network.id)! })).filter((n) => n.payableMinor !== 0),
    sellers: shopRows
      .map((shop) => ({ producer: { id: shop.id, slug: shop.slug, shopName: shop.shopName }, payoutSheba: shop.payoutSheba, ...shops.get(shop.id)! }))
      .filter((s) => s.heldMinor !== 0 || s.payableMinor !== 0 || s.owedMinor !== 0)
      .sort((a, b) => b.payableMinor - a.payableMinor),
    payouts: recent,
  };
}

/** Each shop's held, payable and owed account, and each network's payable one, with its ledger balance (debit positive). */
function sellerBalances(db: Executor) {
  return db
    .select({
      kind: ledgerAccounts.kind,
      producerId: ledgerAccounts.producerId,
      networkId: ledgerAccounts.networkId,
      ledgerBalanceMinor: sql<number>`sum(${ledgerEntries.amountMinor})`.mapWith(Number),
    })
    .from(ledgerAccounts)
    .innerJoin(ledgerEntries, eq(ledgerEntries.account, ledgerAccounts.key))
    .where(
      or(
        and(eq(ledgerAccounts.sellerKind, 'producer'), inArray(ledgerAccounts.kind, shopAccountKinds)),
        and(eq(ledgerAccounts.sellerKind, 'network'), eq(ledgerAccounts.kind, 'payable')),
      ),
    )
    .groupBy(ledgerAccounts.key);
}

async function recentPayouts(db: Executor) {
  const rows = await db
    .select({ payout: payouts, producer: { id: producers.id, slug: producers.slug, shopName: producers.shopName }, network: { id: networks.id, name: networks.name } })
    .from(payouts)
    .leftJoin(producers, eq(producers.id, payouts.producerId))
    .leftJoin(networks, eq(networks.id, payouts.networkId))
    .orderBy(desc(payouts.createdAt))
    .limit(RECENT_PAYOUTS);
  return rows.map(({ payout, producer, network }) => presentPayout(payout, producer, network));
}
