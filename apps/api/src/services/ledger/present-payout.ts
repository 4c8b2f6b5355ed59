import type { Network, Payout, Producer } from '@bazaarche/db';
import type { PresentedPayout } from '../../schemas/ledger.ts';

/** A payout as finance sees it, with the shop or the network it was for (the one its seller kind names). */
export function presentPayout(p: Payout, producer: Pick<Producer, 'id' | 'slug' | 'shopName'> | null, network: Pick<Network, 'id' | 'name'> | null): PresentedPayout {
  return {
    id: p.id,
    producer: producer && { id: producer.id, slug: producer.slug, shopName: producer.shopName },
    network: network && { id: network.id, name: network.name },
    amountMinor: p.amountMinor,
    currency: p.currency,
    destination: p.destination,
    reference: p.reference,
    createdAt: p.createdAt.toISOString(),
  };
}
