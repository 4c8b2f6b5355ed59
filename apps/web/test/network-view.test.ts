import { describe, expect, it } from 'vitest';
import { incomingNetworkParts, sellingNetworks } from '../app/lib/network-view.ts';
import type { SellerFulfilment } from '../app/lib/order-types.ts';

const networkId = 'n-weavers';

function part(id: string, overrides: Partial<SellerFulfilment>): SellerFulfilment {
  return {
    id,
    seller: { kind: 'network', id: networkId, slug: 'weavers', shopName: 'شبکهٔ بافندگان' },
    assignee: null,
    status: 'processing',
    placedAt: '2025-01-01T10:00:00.000Z',
    ...overrides,
  } as SellerFulfilment;
}

describe('a leader’s incoming network orders', () => {
  it('keeps this network’s parts still to send, once each, those no member has first and the newest first within each', () => {
    const yazd = { producerId: 'p-yazd', shopName: 'حوله‌بافی یزد' };
    const oldFree = part('a', { placedAt: '2025-01-01T10:00:00.000Z' });
    const newFree = part('b', { placedAt: '2025-01-03T10:00:00.000Z', status: 'awaiting_payment' });
    const given = part('c', { placedAt: '2025-01-04T10:00:00.000Z', assignee: yazd });
    const shipped = part('d', { status: 'shipped', assignee: yazd });
    const cancelled = part('e', { status: 'cancelled' });
    const otherNetwork = part('f', { seller: { kind: 'network', id: 'n-other', slug: 'other', shopName: 'دیگر' } });
    const ownShop = part('g', { seller: { kind: 'producer', id: 'p-leader', slug: 'leader', shopName: 'غرفهٔ سرپرست' } });
    const queue = [newFree, oldFree, cancelled, otherNetwork];
    const inHand = [given, newFree, oldFree, shipped, ownShop];
    expect(incomingNetworkParts([queue, inHand], networkId).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('the networks a listing may be sold through', () => {
  const networks = [
    { id: 'n1', name: 'شبکهٔ یک', role: 'leader' as const },
    { id: 'n2', name: 'شبکهٔ دو', role: 'member' as const },
    { id: 'n3', name: 'شبکهٔ سه', role: 'invited' as const },
  ];

  it('are those the shop is an active member of, a leader’s included, not an invitation', () => {
    expect(sellingNetworks(networks, null)).toEqual([
      { id: 'n1', name: 'شبکهٔ یک' },
      { id: 'n2', name: 'شبکهٔ دو' },
    ]);
  });

  it('keep the listing’s own network, so a save does not take it out unasked', () => {
    expect(sellingNetworks(networks, { id: 'n9', name: 'شبکهٔ پیشین' }).map((n) => n.id)).toEqual(['n1', 'n2', 'n9']);
    expect(sellingNetworks(networks, { id: 'n2', name: 'شبکهٔ دو' }).map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});
